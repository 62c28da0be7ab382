import { z } from "zod"
import { ERROR_CODES } from "../errors"
import { INSPECTION_CHECK_LABELS, INSPECTION_CHECKS, INSPECTION_KINDS, VIOLATION_STATUSES } from "../inspections"
import { calendarDate, LIMITS, list, pageQuery, required, requiredText, text } from "./fields"

const id = (what: string) => required(`Thiếu mã ${what}.`, LIMITS.id)

/** Names the server gave to uploaded evidence (POST /admin/inspection-evidence or /producer/inspection-evidence answers them). */
const evidence = list(required("Tên tệp minh chứng không được để trống.", LIMITS.name), "Minh chứng", 10).default([])

const ChecklistItem = z.object({
  check: z.enum(INSPECTION_CHECKS, { error: "Tiêu chí kiểm tra không có trong danh mục." }),
  result: z.enum(["passed", "failed"], { error: "Mỗi tiêu chí phải có kết quả: đạt hoặc không đạt." }),
  note: text("Ghi chú", LIMITS.longText).nullish(),
  evidence,
})

/** What the office records after an inspection (QĐ 26/2026 art. 9): every checklist item has a result. */
export const RecordInspectionBody = z
  .object({
    producer_id: id("nhà sản xuất"),
    inspected_on: calendarDate("Ngày kiểm tra", "vietnam").refine((day) => day.getTime() <= Date.now(), {
      message: "Ngày kiểm tra không được ở tương lai.",
      params: { code: ERROR_CODES.INVALID_DATE },
    }),
    kind: z.enum(INSPECTION_KINDS, { error: "Chọn hình thức kiểm tra: định kỳ hoặc đột xuất." }),
    team: required("Nhập thành phần đoàn kiểm tra.", LIMITS.reason),
    product_ids: list(id("sản phẩm"), "Sản phẩm được kiểm tra", 50).default([]),
    batch_ids: list(id("lô"), "Lô được kiểm tra", 50).default([]),
    notes: text("Ghi chú", LIMITS.longText).nullish(),
    items: list(ChecklistItem, "Danh mục kiểm tra", INSPECTION_CHECKS.length),
  })
  .superRefine((body, ctx) => {
    const given = new Set(body.items.map((item) => item.check))
    const missing = INSPECTION_CHECKS.filter((check) => !given.has(check))
    if (missing.length || given.size !== body.items.length)
      ctx.addIssue({
        code: "custom",
        path: ["items"],
        message: missing.length
          ? `Chưa có kết quả cho: ${missing.map((check) => INSPECTION_CHECK_LABELS[check]).join("; ")}.`
          : "Mỗi tiêu chí chỉ ghi kết quả một lần.",
        params: { code: ERROR_CODES.CHECKLIST_INCOMPLETE },
      })
  })
export type RecordInspectionBody = z.infer<typeof RecordInspectionBody>

const page = pageQuery

export const InspectionsQuery = z.object({ producer_id: z.string().trim().max(LIMITS.id).optional(), ...page })
export type InspectionsQuery = z.infer<typeof InspectionsQuery>

export const ViolationsQuery = z.object({
  status: z.enum(VIOLATION_STATUSES, { error: "Trạng thái vi phạm không hợp lệ." }).optional(),
  ...page,
})
export type ViolationsQuery = z.infer<typeof ViolationsQuery>

/** Confirming may say why; dismissing must. */
export const ConfirmProposalBody = z.object({ reason: text("Lý do", LIMITS.reason).nullish() })
export type ConfirmProposalBody = z.infer<typeof ConfirmProposalBody>
const dismissPrompt = "Nhập lý do bác đề xuất (ít nhất 5 ký tự)."
export const DismissProposalBody = z.object({
  reason: z.string({ error: dismissPrompt }).trim().min(5, dismissPrompt).max(LIMITS.reason),
})
export type DismissProposalBody = z.infer<typeof DismissProposalBody>

/** The producer portal's list: its own inspections only, so no producer to choose. */
export const ProducerInspectionsQuery = InspectionsQuery.pick({ limit: true, offset: true })
export type ProducerInspectionsQuery = z.infer<typeof ProducerInspectionsQuery>

/** A producer's answer to an open violation: what it did to correct it, with photos or PDFs as evidence. */
export const AnswerViolationBody = z.object({
  text: requiredText("Nhập nội dung trả lời: đã khắc phục thế nào.", "Nội dung trả lời", LIMITS.longText),
  evidence,
})
export type AnswerViolationBody = z.infer<typeof AnswerViolationBody>

/** The office marks a violation corrected, saying on what it judged so. */
export const ResolveViolationBody = z.object({ note: text("Ghi chú", LIMITS.reason).nullish() })
export type ResolveViolationBody = z.infer<typeof ResolveViolationBody>
