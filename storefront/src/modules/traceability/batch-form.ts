// The forms of the portal's "Lô & tem" page, pure so the browser and the server action run the same
// rules. The backend has the last word: whether a certificate covers the packaging, a lot number used
// twice for one packaging.
import { readFields, type FieldErrors } from "@/modules/common/form-values"
import type { PortalProduct } from "@/modules/producer-portal/types"
import { parseDay, vietnamDay } from "@ocop/contracts"
import type { NewBatch } from "./types"

export const BATCH_FIELDS = ["variant_id", "lot_number", "produced_on", "expires_on", "quantity"] as const
export type BatchField = (typeof BATCH_FIELDS)[number]

export const MAX_LOT_LENGTH = 50
/** Stamps in one batch, one per unit (the API's limit). */
export const MAX_STAMPS = 5000

export type BatchValidation = { ok: true; input: NewBatch } | { ok: false; errors: FieldErrors<BatchField> }

/**
 * The "Tạo lô" form: a packaging, a lot number, the production day (not after `today`, the day in
 * Vietnam), an optional expiry day not before it, and how many stamps to print.
 */
export function readBatchForm(form: FormData, today: string = vietnamDay(new Date())): BatchValidation {
  const values = readFields(form, BATCH_FIELDS)
  const errors: FieldErrors<BatchField> = {}

  if (!values.variant_id) errors.variant_id = "Vui lòng chọn quy cách đóng gói."

  if (!values.lot_number) errors.lot_number = "Vui lòng nhập số lô."
  else if (values.lot_number.length > MAX_LOT_LENGTH) errors.lot_number = `Số lô tối đa ${MAX_LOT_LENGTH} ký tự.`

  const producedOn = parseDay(values.produced_on)
  if (!values.produced_on) errors.produced_on = "Vui lòng nhập ngày sản xuất."
  else if (!producedOn) errors.produced_on = "Ngày sản xuất không hợp lệ."
  else if (producedOn > today) errors.produced_on = "Ngày sản xuất không được sau hôm nay."

  const expiresOn = parseDay(values.expires_on)
  if (values.expires_on && !expiresOn) errors.expires_on = "Hạn sử dụng không hợp lệ."
  else if (expiresOn && producedOn && expiresOn < producedOn)
    errors.expires_on = "Hạn sử dụng không được trước ngày sản xuất."

  const quantity = /^\d{1,4}$/.test(values.quantity) ? Number(values.quantity) : null
  if (!values.quantity) errors.quantity = "Vui lòng nhập số tem."
  else if (quantity === null || quantity < 1 || quantity > MAX_STAMPS)
    errors.quantity = "Số tem phải là số nguyên từ 1 đến 5.000."

  if (Object.keys(errors).length > 0 || !producedOn || quantity === null) return { ok: false, errors }
  const input: NewBatch = {
    variant_id: values.variant_id,
    lot_number: values.lot_number,
    produced_on: producedOn,
    quantity,
  }
  if (expiresOn) input.expires_on = expiresOn
  return { ok: true, input }
}

/**
 * The packagings a batch can be made of, as "Product – Packaging (SKU)": only those a valid OCOP
 * certificate covers, as the backend refuses the others.
 */
export function packagingOptions(products: PortalProduct[]): { value: string; label: string }[] {
  return products.flatMap((product) =>
    product.variants
      .filter((variant) => variant.certified)
      .map((variant) => ({ value: variant.id, label: `${product.title} – ${variant.title} (${variant.sku})` })),
  )
}

export type VoidField = "code" | "reason"

export const MAX_VOID_REASON_LENGTH = 500

/**
 * The "Huỷ tem" form: the code as printed (the backend ignores case, dashes and spaces) and why, which
 * the stamp keeps.
 */
export function readVoidForm(
  form: FormData,
): { ok: true; input: { code: string; reason: string } } | { ok: false; errors: FieldErrors<VoidField> } {
  const { code, reason } = readFields(form, ["code", "reason"] as const)
  const errors: FieldErrors<VoidField> = {}
  if (!code) errors.code = "Vui lòng nhập mã tem."
  if (!reason) errors.reason = "Vui lòng nhập lý do huỷ tem."
  else if (reason.length > MAX_VOID_REASON_LENGTH)
    errors.reason = `Lý do tối đa ${MAX_VOID_REASON_LENGTH} ký tự.`
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input: { code, reason } }
}
