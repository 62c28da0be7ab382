import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { badRequestMessage, certificateRefusal } from "./store-errors"

const ORDER_REFUSAL =
  '"Kẹo cu đơ" (Hộp 400 g) không còn giấy chứng nhận OCOP hiệu lực nên không thể đặt hàng. Hãy xoá khỏi giỏ hàng để tiếp tục; giỏ hàng của bạn vẫn được giữ nguyên.'
const ADD_REFUSAL = '"Kẹo cu đơ" (Túi 1 kg) không thuộc giấy chứng nhận OCOP nào còn hiệu lực nên không được bán.'

describe("certificateRefusal", () => {
  it("passes on the purchase guard's Vietnamese message, naming the product, when an order is refused", () => {
    expect(certificateRefusal(new FetchError(ORDER_REFUSAL, "Bad Request", 400))).toBe(ORDER_REFUSAL)
  })

  it("passes on the refusal to add a packaging no valid certificate covers", () => {
    expect(certificateRefusal(new FetchError(ADD_REFUSAL, "Bad Request", 400))).toBe(ADD_REFUSAL)
  })

  it("keeps other refusals to itself (Medusa's own 400s are English and not for shoppers)", () => {
    expect(certificateRefusal(new FetchError("Cart does not have a shipping address", "Bad Request", 400))).toBeNull()
  })

  it("does not treat a server failure or a non-HTTP error as a certificate refusal", () => {
    expect(certificateRefusal(new FetchError(ORDER_REFUSAL, "Internal Server Error", 500))).toBeNull()
    expect(certificateRefusal(new Error(ORDER_REFUSAL))).toBeNull()
    expect(certificateRefusal(null)).toBeNull()
  })
})

describe("badRequestMessage", () => {
  it("passes on the store API's reason for refusing a catalog query, to show as is", () => {
    const message = "Giá từ phải nhỏ hơn hoặc bằng giá đến."
    expect(badRequestMessage(new FetchError(message, "Bad Request", 400))).toBe(message)
  })

  it("leaves other failures to the error page", () => {
    expect(badRequestMessage(new FetchError("boom", "Internal Server Error", 500))).toBeNull()
    expect(badRequestMessage(new FetchError("", "Bad Request", 400))).toBeNull()
    expect(badRequestMessage(new Error("network down"))).toBeNull()
  })
})
