import { z } from "zod"
import { MAX_COMMISSION_BPS, MONTH_PATTERN, SETTLEMENT_STATUSES } from "../settlement"
import { LIMITS, requiredText } from "./fields"

const month = z
  .string({ error: "Hãy chọn tháng quyết toán (YYYY-MM)." })
  .trim()
  .regex(MONTH_PATTERN, "Tháng quyết toán phải có dạng YYYY-MM, ví dụ 2026-11.")

/** The office closes one calendar month for every producer. */
export const CloseMonthBody = z.object({ period: month })
export type CloseMonthBody = z.infer<typeof CloseMonthBody>

/** The office paid a statement's balance: the bank transfer's reference is what proves it. */
export const MarkPaidBody = z.object({
  payout_reference: requiredText("Hãy nhập mã giao dịch chuyển khoản của khoản chi trả.", "Mã giao dịch", LIMITS.code),
})
export type MarkPaidBody = z.infer<typeof MarkPaidBody>

/** A producer's commission, in basis points (250 = 2,5 %); 0 for a public programme. */
export const CommissionBody = z.object({
  commission_bps: z
    .number({ error: "Hoa hồng phải là một số." })
    .int("Hoa hồng tính theo phần vạn (250 = 2,5 %), là số nguyên.")
    .min(0, "Hoa hồng không được âm.")
    .max(MAX_COMMISSION_BPS, "Hoa hồng tối đa 100 %."),
})
export type CommissionBody = z.infer<typeof CommissionBody>

export const SettlementsQuery = z.object({
  period: month.optional(),
  status: z.enum(SETTLEMENT_STATUSES, { error: "Trạng thái là open hoặc paid." }).optional(),
})
export type SettlementsQuery = z.infer<typeof SettlementsQuery>
