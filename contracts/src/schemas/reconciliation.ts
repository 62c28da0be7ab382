import { z } from "zod"
import { ERROR_CODES } from "../errors"
import { INCOMING_TRANSFER_STATUSES } from "../reconciliation"
import { STATEMENT_LIMITS, statementAmount, statementDate } from "../statement"
import { LIMITS, requiredText, text } from "./fields"

// The office's reconciliation of bank transfers in Admin (issue 16; PAYMENTS-VN.md §3).

const cellText = (max: number) => z.string({ error: "Ô phải là chữ." }).max(max, `Ô dài quá ${max} ký tự.`).default("")

const StatementLine = z.object({
  row: z.number({ error: "Số dòng phải là số." }).int().positive().max(1_000_000),
  date: cellText(LIMITS.shortText),
  amount: cellText(LIMITS.shortText),
  memo: cellText(LIMITS.longText),
  reference: cellText(LIMITS.shortText),
})

/**
 * The transactions of one statement as the office mapped its columns, every cell as the bank wrote it.
 * All or nothing: one line the server cannot read refuses the whole statement with every such line
 * named, so the office fixes the file and imports it again, never wondering which half went in.
 * Debit rows (no credit) are dropped here: money going out is not ours to match.
 */
export const ImportStatementBody = z
  .object({
    file_name: requiredText("Chọn tệp sao kê.", "Tên tệp", LIMITS.name),
    lines: z
      .array(StatementLine, { error: "Sao kê không có giao dịch nào." })
      .min(1, "Sao kê không có giao dịch nào.")
      .max(
        STATEMENT_LIMITS.lines,
        `Một lần nhập tối đa ${STATEMENT_LIMITS.lines.toLocaleString("vi-VN")} giao dịch; hãy tách sao kê.`
      ),
  })
  .transform((body, ctx) => {
    const credits = []
    for (const line of body.lines) {
      const amount = statementAmount(line.amount)
      if (amount.ok && amount.value === 0) continue
      const date = statementDate(line.date)
      const reasons = [amount, date].flatMap((checked) => (checked.ok ? [] : [checked.reason]))
      if (!line.memo.trim()) reasons.push("thiếu nội dung chuyển khoản.")
      if (reasons.length || !amount.ok || !date.ok) {
        ctx.addIssue({
          code: "custom",
          path: ["lines", line.row],
          message: `Dòng ${line.row}: ${reasons.join("; ")}`,
          params: { code: ERROR_CODES.STATEMENT_LINE_INVALID },
        })
        continue
      }
      credits.push({
        row: line.row,
        amount: amount.value,
        received_at: date.value.toISOString(),
        memo: line.memo.trim(),
        reference: line.reference.trim() || null,
      })
    }
    return { file_name: body.file_name, credits }
  })
export type ImportStatementBody = z.input<typeof ImportStatementBody>
/** The statement as the route reads it, once checked: only its credits, each readable. */
export type CheckedStatement = z.output<typeof ImportStatementBody>
export type StatementCredit = z.output<typeof ImportStatementBody>["credits"][number]

export const ListTransfersQuery = z.object({
  /** "review" (the default) is every status a person still has to decide about. */
  status: z.enum(["review", ...INCOMING_TRANSFER_STATUSES], { error: "Trạng thái chuyển khoản không hợp lệ." }).default("review"),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type ListTransfersQuery = z.infer<typeof ListTransfersQuery>

export const AttachTransferBody = z.object({
  display_id: z.coerce
    .number({ error: "Nhập số đơn hàng." })
    .int("Số đơn hàng là số nguyên.")
    .positive("Số đơn hàng là số dương.")
    .max(Number.MAX_SAFE_INTEGER, "Số đơn hàng quá lớn."),
  note: text("Ghi chú", LIMITS.reason).optional(),
})
export type AttachTransferBody = z.infer<typeof AttachTransferBody>

export const DismissTransferBody = z.object({
  outcome: z.enum(["returned", "ignored"], { error: "Chọn “đã trả lại người chuyển” hoặc “bỏ qua”." }),
  note: requiredText("Ghi lại vì sao, để người sau hiểu.", "Ghi chú", LIMITS.reason),
})
export type DismissTransferBody = z.infer<typeof DismissTransferBody>
