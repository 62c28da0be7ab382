import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { badRequestMessage, certificateRefusal, errorCode, isInsufficientInventory, isNotFound } from "./store-errors"

const ORDER_REFUSAL =
  '"Kẹo cu đơ" (Hộp 400 g) không còn giấy chứng nhận OCOP hiệu lực nên không thể đặt hàng. Hãy xoá khỏi giỏ hàng để tiếp tục; giỏ hàng của bạn vẫn được giữ nguyên.'
const ADD_REFUSAL = '"Kẹo cu đơ" (Túi 1 kg) không thuộc giấy chứng nhận OCOP nào còn hiệu lực nên không được bán.'

describe("certificateRefusal", () => {
  it("passes on the purchase guard's Vietnamese message, naming the product, when an order is refused", () => {
    expect(certificateRefusal(new FetchError(ORDER_REFUSAL, "not_purchasable", 400))).toBe(ORDER_REFUSAL)
  })

  it("passes on the refusal to add a packaging no valid certificate covers", () => {
    expect(certificateRefusal(new FetchError(ADD_REFUSAL, "not_purchasable", 400))).toBe(ADD_REFUSAL)
  })

  it("decides by the refusal's code, not by its wording", () => {
    expect(certificateRefusal(new FetchError(ORDER_REFUSAL, "invalid_data", 400))).toBeNull()
    expect(certificateRefusal(new FetchError(ORDER_REFUSAL, "Bad Request", 400))).toBeNull()
  })

  it("does not treat a non-HTTP error as a certificate refusal", () => {
    expect(certificateRefusal(new Error(ORDER_REFUSAL))).toBeNull()
    expect(certificateRefusal(null)).toBeNull()
  })
})

describe("isInsufficientInventory", () => {
  it("recognises Medusa's out-of-stock refusal by its code, whatever the sentence", () => {
    expect(
      isInsufficientInventory(new FetchError("Một sản phẩm trong giỏ không còn đủ hàng…", "insufficient_inventory", 400))
    ).toBe(true)
    expect(isInsufficientInventory(new FetchError("Some variant does not have the required inventory", "Bad Request", 400))).toBe(
      false
    )
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

describe("errorCode", () => {
  it("reads the backend's refusal code, which its error handler sends as the reason phrase", () => {
    expect(errorCode(new FetchError("Mã tem … có ký tự gõ nhầm", "stamp_mistyped", 400))).toBe("stamp_mistyped")
    expect(errorCode(new FetchError("…", "insufficient_inventory", 400))).toBe("insufficient_inventory")
  })

  it("has no code for a standard reason phrase, a success or another kind of error", () => {
    expect(errorCode(new FetchError("Not Found", "Not Found", 404))).toBeNull()
    expect(errorCode(new FetchError("", "", 400))).toBeNull()
    expect(errorCode(new Error("stamp_mistyped"))).toBeNull()
  })
})

describe("isNotFound", () => {
  it("treats an address no record can have like a missing record", () => {
    expect(isNotFound(new FetchError("Không tìm thấy", "not_found", 404))).toBe(true)
    expect(isNotFound(new FetchError("Đường dẫn chứa ký tự điều khiển…", "control_character", 400))).toBe(true)
    expect(isNotFound(new FetchError("Giá từ phải nhỏ hơn…", "invalid_data", 400))).toBe(false)
  })
})
