import { describe, expect, it } from "vitest"
import { checkoutBlockedMessage } from "./certification"

describe("checkoutBlockedMessage", () => {
  it("tells the shopper how many lines block the order and what to do", () => {
    expect(checkoutBlockedMessage(1)).toBe(
      "Giỏ hàng có 1 sản phẩm không còn giấy chứng nhận OCOP hiệu lực. Hãy xoá sản phẩm này để tiếp tục thanh toán."
    )
  })

  it("speaks of several products when several lines are blocked", () => {
    expect(checkoutBlockedMessage(3)).toBe(
      "Giỏ hàng có 3 sản phẩm không còn giấy chứng nhận OCOP hiệu lực. Hãy xoá các sản phẩm này để tiếp tục thanh toán."
    )
  })
})
