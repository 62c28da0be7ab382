import { describe, expect, it } from "vitest"
import { isOwnerType, producerStatusBanner } from "./labels"

describe("producerStatusBanner", () => {
  it("tells a pending producer that the office has not approved it and nothing is sold yet", () => {
    expect(producerStatusBanner({ status: "pending", suspension_reason: null })).toEqual({
      tone: "warning",
      text: "Hồ sơ đang chờ Văn phòng Điều phối OCOP duyệt — sản phẩm chưa được bán",
    })
  })

  it("tells a suspended producer the office's reason", () => {
    const banner = producerStatusBanner({ status: "suspended", suspension_reason: "Vi phạm ghi nhãn." })
    expect(banner?.tone).toBe("danger")
    expect(banner?.text).toMatch(/^Nhà sản xuất đang bị tạm ngưng — lý do: Vi phạm ghi nhãn\. Sản phẩm không được bán/)
  })

  it("still explains a suspension that came without a reason", () => {
    expect(producerStatusBanner({ status: "suspended", suspension_reason: null })?.text).toMatch(
      /^Nhà sản xuất đang bị tạm ngưng\. /
    )
  })

  it("shows nothing once the producer is approved", () => {
    expect(producerStatusBanner({ status: "approved", suspension_reason: null })).toBeNull()
  })
})

describe("owner types", () => {
  it("takes only the four OCOP owner types from a form", () => {
    expect(isOwnerType("cooperative_group")).toBe(true)
    expect(isOwnerType("company")).toBe(false)
  })
})
