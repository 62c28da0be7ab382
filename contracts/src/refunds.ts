/**
 * Money given back to a shopper for one producer's part (issue 16). A card refund is made by Stripe at
 * once; a transfer or cash refund waits for the office to transfer it and record the reference.
 */

/** How the shopper had paid, which decides how the money goes back. */
export const REFUND_METHODS = ["card", "bank_transfer", "cash"] as const
export type RefundMethod = (typeof REFUND_METHODS)[number]

/** How the money goes back: to the card, or by the office's transfer (cash paid at the door included). */
export const REFUND_METHOD_LABELS: Record<RefundMethod, string> = {
  card: "Hoàn vào thẻ",
  bank_transfer: "Chuyển khoản lại",
  cash: "Chuyển khoản lại (khách trả tiền mặt)",
}

export const SHOPPER_REFUND_STATUSES = ["refunded", "to_pay_out", "paid_out"] as const
export type ShopperRefundStatus = (typeof SHOPPER_REFUND_STATUSES)[number]

export const SHOPPER_REFUND_STATUS_LABELS: Record<ShopperRefundStatus, string> = {
  refunded: "Đã hoàn vào thẻ",
  to_pay_out: "Chờ văn phòng chuyển",
  paid_out: "Đã chuyển",
}
