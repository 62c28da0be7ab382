// The Nhập / Xuất forms, checked with the API's own schemas in the browser and in the server action.
// Each form sends rows of `sku`, `quantity` (and `batch_code` for consignments) as repeated fields, one
// per row; rows left blank are skipped. The backend checks the shelf and certification and has the last word.
import type { FieldErrors } from "@/modules/common/form-values"
import {
  AdjustmentBody,
  CustomerReturnForm,
  fieldErrors,
  ReceiptBody,
  ReturnToProducerBody,
  type StockLine,
} from "@ocop/contracts/schemas"
import type { AdjustmentReason } from "./types"

export type MovementForm = "receipt" | "return" | "adjustment"

/** Errors are keyed `sku.<row>`, `quantity.<row>`, or `lines` / `reason` / `note` for the whole form. */
export type MovementErrors = FieldErrors<string>

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

export type StockMovementInput = { lines: StockLine[]; reason?: AdjustmentReason; note?: string }

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
  const lines: StockLine[] = filled.map((row) => {
    const quantity = parseSignedInteger(row.quantity)
    if (row.quantity && quantity === null) errors[`quantity.${row.index}`] = "Số lượng phải là số nguyên."
    // An empty or unreadable quantity goes in as NaN, which the schema asks for ("Nhập số lượng.").
    const line: StockLine = { sku: row.sku, quantity: quantity ?? Number.NaN }
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

type CustomerReturnField = "order_id" | "code" | "quantity" | "note"

export type CustomerReturnValidation =
  | { ok: true; input: CustomerReturnForm }
  | { ok: false; errors: FieldErrors<CustomerReturnField> }

/** Khách trả hàng: the order id printed on the receipt, the SKU (or barcode) and how many come back. */
export function readCustomerReturnForm(form: FormData): CustomerReturnValidation {
  const value = (name: CustomerReturnField) => String(form.get(name) ?? "").trim()
  const rawQuantity = value("quantity")
  // An empty quantity goes in as NaN ("Nhập số lượng."); an unreadable one as 0 (not above 0).
  const quantity = rawQuantity ? (parseSignedInteger(rawQuantity) ?? 0) : Number.NaN
  const parsed = CustomerReturnForm.safeParse({
    order_id: value("order_id"),
    code: value("code"),
    quantity,
    note: value("note") || undefined,
  })
  if (parsed.success) return { ok: true, input: parsed.data }
  return { ok: false, errors: fieldErrors<CustomerReturnField>(parsed.error).fields }
}
