// The sale being rung up at the counter, pure: the counter component keeps it in state, the server
// action reads what the form sends with the same rules. The backend checks the shelf again and has
// the last word ("Điểm bán chỉ còn …").
import { isPaymentMethod } from "./labels"
import type { PaymentMethod, StampRefusal } from "./types"
import { fieldErrors, SaleBody } from "@ocop/contracts/schemas"
import type { ShelfLine, StampAtCounter } from "@ocop/contracts"

/** A production batch a sale line names: the one a scanned stamp is bound to, or one chosen. */
export type SaleBatch = { id: string; lot_number: string }

export type SaleLine = Pick<ShelfLine, "variant_id" | "sku" | "title" | "variant_title" | "stock" | "received_batches"> & {
  price: number
  quantity: number
  /** The batch its units came from; null while none is named. */
  batch: SaleBatch | null
}

/** A line is one packaging from one batch (or from no batch named yet). */
export function lineKey(line: Pick<SaleLine, "variant_id" | "batch">): string {
  return line.batch ? `${line.variant_id}@${line.batch.id}` : line.variant_id
}

/** Why a shelf line cannot be sold; null when it can. */
export function unsellableReason(line: Pick<ShelfLine, "price" | "stock">): string | null {
  if (line.price === null) return "Chưa có giá bán"
  if (line.stock <= 0) return "Hết hàng"
  return null
}

/** Units of the packaging in the sale's other lines, which the shelf's count must also cover. */
const unitsElsewhere = (lines: SaleLine[], variantId: string, key: string) =>
  lines.reduce((sum, line) => (line.variant_id === variantId && lineKey(line) !== key ? sum + line.quantity : sum), 0)

/**
 * One more of this packaging (from the batch of the stamp just scanned, if any): a new line, or the
 * line of the same packaging and batch plus one, never above what the shelf holds across the sale's
 * lines (the stock is refreshed from the shelf line just found).
 */
export function addToSale(lines: SaleLine[], shelf: ShelfLine, batch: SaleBatch | null = null): SaleLine[] {
  if (unsellableReason(shelf)) return lines
  const price = shelf.price as number
  const key = lineKey({ variant_id: shelf.variant_id, batch })
  const room = shelf.stock - unitsElsewhere(lines, shelf.variant_id, key)
  const existing = lines.find((line) => lineKey(line) === key)
  if (!existing) {
    if (room <= 0) return lines
    return [
      ...lines,
      {
        variant_id: shelf.variant_id,
        sku: shelf.sku,
        title: shelf.title,
        variant_title: shelf.variant_title,
        stock: shelf.stock,
        received_batches: shelf.received_batches,
        price,
        quantity: 1,
        batch,
      },
    ]
  }
  return lines.map((line) =>
    lineKey(line) === key ? { ...line, price, stock: shelf.stock, quantity: Math.min(line.quantity + 1, room) } : line
  )
}

/** Sets a line's quantity within 1…what the shelf holds beside the sale's other lines; 0 or less takes the line off. */
export function setQuantity(lines: SaleLine[], key: string, quantity: number): SaleLine[] {
  if (quantity <= 0) return removeFromSale(lines, key)
  return lines.map((line) =>
    lineKey(line) === key
      ? { ...line, quantity: Math.min(Math.floor(quantity), line.stock - unitsElsewhere(lines, line.variant_id, key)) }
      : line
  )
}

export function removeFromSale(lines: SaleLine[], key: string): SaleLine[] {
  return lines.filter((line) => lineKey(line) !== key)
}

/** Names the batch of a line's units (null: none); a line of the same packaging and batch takes them in. */
export function setBatch(lines: SaleLine[], key: string, batch: SaleBatch | null): SaleLine[] {
  const line = lines.find((candidate) => lineKey(candidate) === key)
  if (!line) return lines
  const moved = { ...line, batch }
  const same = lines.find((candidate) => candidate !== line && lineKey(candidate) === lineKey(moved))
  if (!same) return lines.map((candidate) => (candidate === line ? moved : candidate))
  return lines
    .filter((candidate) => candidate !== line)
    .map((candidate) => (candidate === same ? { ...same, quantity: same.quantity + line.quantity } : candidate))
}

export function lineTotal(line: Pick<SaleLine, "price" | "quantity">): number {
  return line.price * line.quantity
}

export function saleTotal(lines: Pick<SaleLine, "price" | "quantity">[]): number {
  return lines.reduce((sum, line) => sum + lineTotal(line), 0)
}

export function unitCount(lines: Pick<SaleLine, "quantity">[]): number {
  return lines.reduce((sum, line) => sum + line.quantity, 0)
}

/**
 * What the cashier types as money: "200000", "200.000", "200 000" or "200,000" (staff write thousands
 * with dots); null when it is not a whole amount of đồng.
 */
export function parseMoney(raw: string): number | null {
  const compact = raw.replace(/[\s.,₫đ]/gi, "")
  if (!/^\d{1,12}$/.test(compact)) return null
  return Number(compact)
}

/** The change to hand back; null while the cash given is unknown or short of the total. */
export function changeDue(total: number, cashReceived: number | null): number | null {
  if (cashReceived === null || cashReceived < total) return null
  return cashReceived - total
}

/**
 * The item on the shelf that a scanned or typed code names exactly (SKU or barcode, ignoring case and
 * surrounding spaces); null for a name or a partial code, which only lists results.
 */
export function exactCodeMatch(query: string, results: ShelfLine[]): ShelfLine | null {
  const code = query.trim().toLowerCase()
  if (!code) return null
  return results.find((line) => line.sku?.toLowerCase() === code || line.barcode?.toLowerCase() === code) ?? null
}

/**
 * What the counter says about a scanned OCOP stamp: where it comes from when it is valid, and why not
 * to sell the unit when it is not.
 */
export function stampNotice(stamp: StampAtCounter): { ok: boolean; text: string } {
  const expiry = stamp.expires_on ? `, HSD ${stamp.expires_on.split("-").reverse().join("/")}` : ""
  if (stamp.status === "activated") return { ok: true, text: `Tem OCOP ${stamp.code} hợp lệ · lô ${stamp.lot_number}${expiry}.` }
  if (stamp.status === "voided") {
    return { ok: false, text: `Tem ${stamp.code} đã bị huỷ: không bán sản phẩm mang tem này và báo cho nhà sản xuất.` }
  }
  return { ok: false, text: `Tem ${stamp.code} chưa được nhà sản xuất kích hoạt: chưa bán sản phẩm mang tem này.` }
}

/**
 * What the counter says when a scanned or typed stamp code names no stamp: a typing error is retyped or
 * scanned again; a well-formed code no stamp has may be a forged label, so the unit is not sold.
 */
export function stampRefusalNotice(refused: StampRefusal): string {
  return refused === "mistyped"
    ? "Mã tem vừa nhập có ký tự gõ nhầm: hãy quét lại mã QR hoặc đối chiếu từng ký tự với tem."
    : "Không có tem nào mang mã này trong hệ thống tem OCOP. Hãy kiểm tra lại mã; nếu mã đúng như in trên tem, tem có thể là giả: không bán sản phẩm này và báo cho quản lý điểm bán."
}

export type SaleField = "lines" | "cash_received"

export type SaleValidation = { ok: true; sale: SaleBody } | { ok: false; errors: Partial<Record<SaleField, string>> }

type PricedLine = { variant_id: string; quantity: number; price: number; batch_id?: string | null }

/** The basket the counter's state put in the form; anything but a list of priced lines reads as empty. */
function basketLines(form: FormData): PricedLine[] {
  try {
    const parsed: unknown = JSON.parse(String(form.get("lines") ?? "[]"))
    return Array.isArray(parsed)
      ? parsed.filter((line): line is PricedLine => typeof line?.variant_id === "string" && typeof line?.price === "number")
      : []
  } catch {
    return []
  }
}

/**
 * The sale as the counter form sends it, checked with the API's SaleBody: `lines` (JSON of
 * { variant_id, quantity, price, batch_id }), `payment_method` and, for cash, `cash_received`, which must also
 * cover the total (only the counter knows the prices it showed).
 */
export function readSaleForm(form: FormData): SaleValidation {
  const lines = basketLines(form)
  const method = form.get("payment_method")
  const payment_method: PaymentMethod = isPaymentMethod(method) ? method : "cash"
  const rawCash = payment_method === "cash" ? String(form.get("cash_received") ?? "").trim() : ""
  // Unreadable cash goes in as NaN, which the schema refuses.
  const cash_received = rawCash ? (parseMoney(rawCash) ?? Number.NaN) : undefined
  const parsed = SaleBody.safeParse({
    lines: lines.map(({ variant_id, quantity, batch_id }) => ({ variant_id, quantity, batch_id: batch_id ?? null })),
    payment_method,
    cash_received,
  })
  if (!parsed.success) {
    const errors = fieldErrors<SaleField>(parsed.error, (path) => (path[0] === "cash_received" ? "cash_received" : "lines"))
    return { ok: false, errors: errors.fields }
  }
  if (cash_received !== undefined && cash_received < saleTotal(lines)) {
    return { ok: false, errors: { cash_received: "Số tiền khách đưa chưa đủ tổng tiền." } }
  }
  return { ok: true, sale: parsed.data }
}
