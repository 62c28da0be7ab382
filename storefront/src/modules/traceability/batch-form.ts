// The forms of the portal's "Lô & tem" page, checked with the API's own schemas in the browser and in
// the server action. The backend has the last word: whether a certificate covers the packaging, a lot
// number used twice for one packaging.
import { readFields, type FieldErrors } from "@/modules/common/form-values"
import { type PortalProduct, vietnamDay } from "@ocop/contracts"
import { fieldErrors, NewBatchBody, VoidStampBody } from "@ocop/contracts/schemas"
import type { NewBatch } from "./types"

export const BATCH_FIELDS = ["variant_id", "lot_number", "produced_on", "expires_on", "quantity"] as const
export type BatchField = (typeof BATCH_FIELDS)[number]

export type BatchValidation = { ok: true; input: NewBatch } | { ok: false; errors: FieldErrors<BatchField> }

/**
 * The "Tạo lô" form, checked with the API's NewBatchBody: a packaging, a lot number, the production
 * day (not after today in Vietnam), an optional expiry day not before it, and how many stamps to print.
 */
export function readBatchForm(form: FormData): BatchValidation {
  const values = readFields(form, BATCH_FIELDS)
  const parsed = NewBatchBody.safeParse({ ...values, expires_on: values.expires_on || undefined })
  if (!parsed.success) return { ok: false, errors: fieldErrors<BatchField>(parsed.error).fields }
  const { variant_id, lot_number, produced_on, expires_on, quantity } = parsed.data
  const input: NewBatch = { variant_id, lot_number, produced_on: vietnamDay(produced_on), quantity }
  if (expires_on) input.expires_on = vietnamDay(expires_on)
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
      .map((variant) => ({ value: variant.id, label: `${product.title} – ${variant.title} (${variant.sku})` }))
  )
}

export type VoidField = "code" | "reason"

/**
 * The "Huỷ tem" form: the code as printed (the backend ignores case, dashes and spaces) and why, which
 * the stamp keeps.
 */
export function readVoidForm(
  form: FormData
): { ok: true; input: { code: string; reason: string } } | { ok: false; errors: FieldErrors<VoidField> } {
  const { code, reason } = readFields(form, ["code", "reason"] as const)
  const parsed = VoidStampBody.safeParse({ reason })
  const errors: FieldErrors<VoidField> = parsed.success ? {} : fieldErrors<VoidField>(parsed.error).fields
  if (!code) errors.code = "Nhập mã tem in trên bao bì."
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input: { code, reason } }
}
