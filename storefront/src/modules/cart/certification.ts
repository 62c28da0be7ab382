// A cart line whose certificate was revoked, suspended or lapsed after it was added stays in the cart
// (nothing is removed behind the shopper's back) but blocks the order until the shopper removes it.

export const BLOCKED_LINE_MESSAGE = "Sản phẩm này không còn giấy chứng nhận OCOP hiệu lực — vui lòng xoá khỏi giỏ để đặt hàng."

/** Why "Tiến hành thanh toán" is unavailable while `count` lines are blocked. */
export function checkoutBlockedMessage(count: number): string {
  const which = count > 1 ? "các sản phẩm này" : "sản phẩm này"
  return `Giỏ hàng có ${count} sản phẩm không còn giấy chứng nhận OCOP hiệu lực. Hãy xoá ${which} để tiếp tục thanh toán.`
}
