// The Nhập / Xuất forms, pure so the same rules run in the browser and in the server action. Each form
// sends rows of `sku`, `quantity` (and `batch_code` for consignments) as repeated fields, one per row;
// rows left blank are skipped. The backend checks the shelf and certification and has the last word.
import type { FieldErrors } from "@/modules/common/form-values"
import { isReason, reasonTakesOnlyOut } from "./labels"
import type { AdjustmentReason, StockLineInput } from "./types"

export type MovementForm = "receipt" | "return" | "adjustment"

/** Errors are keyed `sku.<row>`, `quantity.<row>`, or `lines` / `reason` / `note` for the whole form. */
export type MovementErrors = FieldErrors<string>

export const MAX_NOTE_LENGTH = 500
const MAX_CODE_LENGTH = 100

type Row = { sku: string; quantity: string; batch_code: string }

function rows(form: FormData): Row[] {
  const text = (name: string) => form.getAll(name).map((value) => (typeof value === "string" ? value.trim() : ""))
  const skus = text("sku")
  const quantities = text("quantity")
  const batches = text("batch_code")
  return skus.map((sku, index) => ({ sku, quantity: quantities[index] ?? "", batch_code: batches[index] ?? "" }))
}

/** A whole number, written "5", "+5" or "-5" / "−5" (the typographic minus too). */
function parseSignedInteger(raw: string): number | null {
  const normalized = raw.replace(/\s/g, "").replace(/^−/, "-")
  return /^[+-]?\d{1,6}$/.test(normalized) ? Number(normalized) : null
}

function readLines(
  form: FormData,
  sign: "positive" | "signed",
  withBatch: boolean,
): { lines: StockLineInput[]; errors: MovementErrors } {
  const errors: MovementErrors = {}
  const lines: StockLineInput[] = []
  rows(form).forEach((row, index) => {
    if (!row.sku && !row.quantity && !row.batch_code) return
    if (!row.sku) errors[`sku.${index}`] = "Nhập SKU hoặc mã vạch."
    else if (row.sku.length > MAX_CODE_LENGTH) errors[`sku.${index}`] = "SKU quá dài."
    const quantity = parseSignedInteger(row.quantity)
    if (!row.quantity) errors[`quantity.${index}`] = "Nhập số lượng."
    else if (quantity === null) errors[`quantity.${index}`] = "Số lượng phải là số nguyên."
    else if (sign === "positive" && quantity <= 0) errors[`quantity.${index}`] = "Số lượng phải lớn hơn 0."
    else if (sign === "signed" && quantity === 0) errors[`quantity.${index}`] = "Số lượng phải khác 0 (âm: bớt, dương: thêm)."
    if (row.sku && quantity !== null && !errors[`sku.${index}`] && !errors[`quantity.${index}`]) {
      const line: StockLineInput = { sku: row.sku, quantity }
      if (withBatch && row.batch_code) line.batch_code = row.batch_code
      lines.push(line)
    }
  })
  if (lines.length === 0 && Object.keys(errors).length === 0) errors.lines = "Nhập ít nhất một dòng hàng."
  return { lines, errors }
}

function readNote(form: FormData, errors: MovementErrors): string | undefined {
  const note = String(form.get("note") ?? "").trim()
  if (note.length > MAX_NOTE_LENGTH) errors.note = `Ghi chú tối đa ${MAX_NOTE_LENGTH} ký tự.`
  return note || undefined
}

export type StockMovementInput = { lines: StockLineInput[]; reason?: AdjustmentReason; note?: string }

export type MovementValidation = { ok: true; input: StockMovementInput } | { ok: false; errors: MovementErrors }

function done(input: StockMovementInput, errors: MovementErrors): MovementValidation {
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input }
}

/** Nhận hàng ký gửi: SKU, a quantity above 0 and, if the label shows one, the batch (số lô). */
export function readReceiptForm(form: FormData): MovementValidation {
  const { lines, errors } = readLines(form, "positive", true)
  return done({ lines, note: readNote(form, errors) }, errors)
}

/** Trả hàng cho nhà sản xuất: SKU and a quantity above 0. */
export function readReturnForm(form: FormData): MovementValidation {
  const { lines, errors } = readLines(form, "positive", false)
  return done({ lines, note: readNote(form, errors) }, errors)
}

/**
 * Điều chỉnh tồn kho: signed quantities and a reason, always; hư hỏng, hết hạn and thất lạc can only
 * take stock off (negative quantities), kiểm kê lại goes either way.
 */
export function readAdjustmentForm(form: FormData): MovementValidation {
  const { lines, errors } = readLines(form, "signed", false)
  const reason = form.get("reason")
  if (!isReason(reason)) errors.reason = "Chọn lý do điều chỉnh."
  else if (reasonTakesOnlyOut(reason)) {
    rows(form).forEach((row, index) => {
      const quantity = parseSignedInteger(row.quantity)
      if (quantity !== null && quantity > 0 && !errors[`quantity.${index}`])
        errors[`quantity.${index}`] = "Với lý do này, nhập số âm (số lượng bớt khỏi quầy)."
    })
  }
  return done({ lines, reason: isReason(reason) ? reason : undefined, note: readNote(form, errors) }, errors)
}

export type CustomerReturnInput = { order_id: string; code: string; quantity: number; note?: string }

export type CustomerReturnValidation =
  | { ok: true; input: CustomerReturnInput }
  | { ok: false; errors: FieldErrors<"order_id" | "code" | "quantity" | "note"> }

/** Khách trả hàng: the order id printed on the receipt, the SKU (or barcode) and how many come back. */
export function readCustomerReturnForm(form: FormData): CustomerReturnValidation {
  const errors: FieldErrors<"order_id" | "code" | "quantity" | "note"> = {}
  const order_id = String(form.get("order_id") ?? "").trim()
  const code = String(form.get("code") ?? "").trim()
  const rawQuantity = String(form.get("quantity") ?? "").trim()
  const note = String(form.get("note") ?? "").trim()
  if (!order_id) errors.order_id = "Nhập mã đơn in trên hoá đơn."
  else if (!/^order_[0-9A-Za-z]+$/.test(order_id)) errors.order_id = "Mã đơn có dạng order_… (in trên hoá đơn)."
  if (!code) errors.code = "Nhập SKU hoặc mã vạch."
  const quantity = parseSignedInteger(rawQuantity)
  if (!rawQuantity) errors.quantity = "Nhập số lượng."
  else if (quantity === null || quantity <= 0) errors.quantity = "Số lượng phải là số nguyên lớn hơn 0."
  if (note.length > MAX_NOTE_LENGTH) errors.note = `Ghi chú tối đa ${MAX_NOTE_LENGTH} ký tự.`
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, input: { order_id, code, quantity: quantity as number, note: note || undefined } }
}
