// The Nhập / Xuất forms, checked with the API's own schemas in the browser and in the server action.
// Each form sends rows of `sku`, `quantity` (and `batch_code` for consignments) as repeated fields, one
// per row; rows left blank are skipped. The backend checks the shelf and certification and has the last word.
import type { FieldErrors } from "@/modules/common/form-values"
import { AdjustmentBody, fieldErrors, ReceiptBody, ReturnToProducerBody } from "@ocop/contracts/schemas"
import type { AdjustmentReason, StockLineInput } from "./types"

export type MovementForm = "receipt" | "return" | "adjustment"

/** Errors are keyed `sku.<row>`, `quantity.<row>`, or `lines` / `reason` / `note` for the whole form. */
export type MovementErrors = FieldErrors<string>

export const MAX_NOTE_LENGTH = 500

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

export type StockMovementInput = { lines: StockLineInput[]; reason?: AdjustmentReason; note?: string }

export type MovementValidation = { ok: true; input: StockMovementInput } | { ok: false; errors: MovementErrors }

/**
 * Reads the filled rows (blank ones are skipped) and checks the movement with the API's own schema,
 * naming each refusal after the row the person typed it in.
 */
function readMovement(
  form: FormData,
  schema: typeof ReceiptBody | typeof ReturnToProducerBody | typeof AdjustmentBody,
  { withBatch = false, ...extra }: { withBatch?: boolean; reason?: unknown } = {}
): MovementValidation {
  const errors: MovementErrors = {}
  const filled = rows(form)
    .map((row, index) => ({ ...row, index }))
    .filter((row) => row.sku || row.quantity || row.batch_code)
  const lines: StockLineInput[] = filled.map((row) => {
    const quantity = parseSignedInteger(row.quantity)
    if (row.quantity && quantity === null) errors[`quantity.${row.index}`] = "Số lượng phải là số nguyên."
    // An empty or unreadable quantity goes in as NaN, which the schema asks for ("Nhập số lượng.").
    const line: StockLineInput = { sku: row.sku, quantity: quantity ?? Number.NaN }
    if (withBatch && row.batch_code) line.batch_code = row.batch_code
    return line
  })
  const note = String(form.get("note") ?? "").trim() || undefined
  const input = { lines, note, ...extra }
  const parsed = schema.safeParse(input)
  if (!parsed.success) {
    const fieldOf = (path: readonly PropertyKey[]) =>
      path[0] === "lines" && typeof path[1] === "number"
        ? `${String(path[2] ?? "sku")}.${filled[path[1]].index}`
        : String(path[0] ?? "lines")
    for (const [field, message] of Object.entries(fieldErrors(parsed.error, fieldOf).fields)) errors[field] ??= message
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input: input as StockMovementInput }
}

/** Nhận hàng ký gửi: SKU, a quantity above 0 and, if the label shows one, the batch (số lô). */
export function readReceiptForm(form: FormData): MovementValidation {
  return readMovement(form, ReceiptBody, { withBatch: true })
}

/** Trả hàng cho nhà sản xuất: SKU and a quantity above 0. */
export function readReturnForm(form: FormData): MovementValidation {
  return readMovement(form, ReturnToProducerBody)
}

/**
 * Điều chỉnh tồn kho: signed quantities and a reason, always; hư hỏng, hết hạn and thất lạc can only
 * take stock off (negative quantities), kiểm kê lại goes either way.
 */
export function readAdjustmentForm(form: FormData): MovementValidation {
  return readMovement(form, AdjustmentBody, { reason: form.get("reason") ?? undefined })
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
