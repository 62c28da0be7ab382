import { describe, expect, it } from "vitest"
import { LISTED_TEXT, listingBadge, NEEDS_CERTIFICATE_TEXT } from "./listing"

const variant = (certified: boolean) => ({ id: "v", title: "Hộp", sku: "S", price: 1, stock: 1, certified })

describe("listingBadge", () => {
  it("says a listed product is on sale", () => {
    expect(listingBadge({ listed: true, variants: [variant(true)] }, "approved")).toEqual({ listed: true, text: LISTED_TEXT })
  })

  it("says an unlisted product without a certified packaging needs a valid OCOP certificate", () => {
    expect(listingBadge({ listed: false, variants: [variant(false)] }, "approved")).toEqual({
      listed: false,
      text: "Chưa niêm yết — cần giấy chứng nhận OCOP còn hiệu lực",
    })
    expect(listingBadge({ listed: false, variants: [variant(false)] }, "pending").text).toBe(NEEDS_CERTIFICATE_TEXT)
  })

  it("blames the producer's status, not the certificate, when a certified product is not listed", () => {
    expect(listingBadge({ listed: false, variants: [variant(true)] }, "pending").text).toBe(
      "Chưa niêm yết — hồ sơ nhà sản xuất đang chờ duyệt"
    )
    expect(listingBadge({ listed: false, variants: [variant(true)] }, "suspended").text).toBe(
      "Chưa niêm yết — nhà sản xuất đang bị tạm ngưng"
    )
  })
})
