import { z } from "zod"
import { SHOPPER_REFUND_STATUSES } from "../refunds"
import { LIMITS, requiredText } from "./fields"

/** The office gives back part of what a shopper paid for one producer's part (issue 16), in whole đồng. */
export const RefundPartBody = z.object({
  amount: z
    .number({ error: "Nhập số tiền hoàn (đồng, số nguyên)." })
    .int("Số tiền hoàn là số đồng nguyên, không có phần lẻ.")
    .positive("Số tiền hoàn phải lớn hơn 0 ₫.")
    .max(Number.MAX_SAFE_INTEGER),
  reason: requiredText("Nhập lý do hoàn tiền để khách hàng được biết.", "Lý do hoàn tiền", LIMITS.reason),
})
export type RefundPartBody = z.infer<typeof RefundPartBody>

/** The office's transfer back to the shopper, made from the bank: its reference proves it. */
export const RefundPayoutBody = z.object({
  reference: requiredText("Nhập mã giao dịch của lần chuyển khoản hoàn tiền.", "Mã giao dịch", LIMITS.shortText),
})
export type RefundPayoutBody = z.infer<typeof RefundPayoutBody>

/** The office's list of refunds: by default every one; `to_pay_out` is the transfers still to make. */
export const ShopperRefundsQuery = z.object({
  status: z.enum(SHOPPER_REFUND_STATUSES, { error: "Trạng thái hoàn tiền không hợp lệ." }).optional(),
})
export type ShopperRefundsQuery = z.infer<typeof ShopperRefundsQuery>
