"use server"

import { recordSale, searchShelf } from "@/lib/data/showroom-counter"
import { attempt } from "@/modules/common/actions/attempt"
import type { FormState } from "@/modules/common/form-state"
import { readSaleForm, type SaleField } from "@/modules/showroom-counter/sale"
import type { StampRefusal } from "@/modules/showroom-counter/types"
import type { Receipt, ShelfLine, StampAtCounter } from "@ocop/contracts"

/** What the counter shows after "Ghi nhận bán hàng": the receipt, or why the sale was refused (kept as is). */
export type SaleState = FormState<SaleField> & {
  receipt?: Receipt
  /** When it was recorded (the receipt does not say), for the printed receipt. */
  recorded_at?: string
  cash_received?: number
}

export async function recordSaleAction(_prev: SaleState, form: FormData): Promise<SaleState> {
  const validation = readSaleForm(form)
  if (!validation.ok) return { status: "error", errors: validation.errors }
  const done = await attempt(() => recordSale(validation.sale), "Showroom counter: record a sale")
  if (!done.ok) return { status: "error", message: done.message }
  return {
    status: "success",
    message: `Đã ghi nhận hoá đơn #${done.value.display_id}.`,
    receipt: done.value,
    recorded_at: new Date().toISOString(),
    cash_received: validation.sale.cash_received ?? undefined,
  }
}

export type SearchAnswer =
  | { ok: true; results: ShelfLine[]; stamp: StampAtCounter | null; refusedStamp: StampRefusal | null }
  | { ok: false; message: string }

/**
 * The counter's product search (the token stays in its httpOnly cookie, so the browser asks through
 * the server): a name without diacritics, an exact SKU or a barcode, or a scanned OCOP stamp.
 */
export async function searchStockAction(query: string): Promise<SearchAnswer> {
  const q = query.trim().slice(0, 100)
  if (!q) return { ok: true, results: [], stamp: null, refusedStamp: null }
  const done = await attempt(() => searchShelf(q), "Showroom counter: search the shelf")
  return done.ok
    ? { ok: true, results: done.value.stock, stamp: done.value.stamp, refusedStamp: done.value.refusedStamp }
    : { ok: false, message: "Không tìm được lúc này. Vui lòng thử lại." }
}
