import "server-only"
import {
  ERROR_CODES,
  type ErrorCode,
  type Pickup,
  type Receipt,
  type ShelfLine,
  type Showroom,
  type ShowroomReport,
  type ShowroomStaff,
  type StampAtCounter,
  type StockMovement,
} from "@ocop/contracts"
import { cache } from "react"
import { portalSession } from "@/lib/data/portal-session"
import { errorCode } from "@/lib/store-errors"
import type { StockMovementInput } from "@/modules/showroom-counter/movement-form"
import type { MovementKind, StampRefusal } from "@/modules/showroom-counter/types"
import type { CustomerReturnBody, SaleBody } from "@ocop/contracts/schemas"

// The showroom counter app's calls (docs/SHOWROOM-API.md). Every one is made for one staff member
// with their own token, passed per request (see portal-session.ts), and acts for their one showroom.
// Nothing here is cached: the shelf changes with every sale.

const session = portalSession({
  actor: "showroom_staff",
  cookie: "ocop_showroom_token",
  loginPath: "/showroom/login",
  sessionExpiredPath: "/showroom/session-expired",
})

export const { loginPath: LOGIN_PATH, loginAgainPath: LOGIN_AGAIN_PATH, logIn, rememberToken, forgetToken } = session
const counterFetch = session.authorizedFetch

/** Who is at the counter and for which showroom; asked once per request however many components ask. */
export const getMe = cache(async (): Promise<{ staff: ShowroomStaff; showroom: Showroom }> => {
  return counterFetch("/showroom/me")
})

export type ShelfSearch = { stock: ShelfLine[]; stamp: StampAtCounter | null; refusedStamp: StampRefusal | null }

const STAMP_REFUSALS: Partial<Record<ErrorCode, StampRefusal>> = {
  [ERROR_CODES.STAMP_MISTYPED]: "mistyped",
  [ERROR_CODES.STAMP_UNKNOWN]: "unknown",
}

/**
 * The shelf, sorted by title; `q` is a name without diacritics ("keo cu do"), an exact SKU or barcode,
 * or an OCOP stamp (its code or trace URL), which also answers the stamp, or says why a stamp code
 * names none (by the refusal's code: mistyped or unknown).
 */
export async function searchShelf(q?: string): Promise<ShelfSearch> {
  try {
    const answer = await counterFetch<{ stock: ShelfLine[]; stamp?: StampAtCounter }>("/showroom/stock", {
      query: { q: q || undefined },
    })
    return { stock: answer.stock, stamp: answer.stamp ?? null, refusedStamp: null }
  } catch (error) {
    const code = errorCode(error)
    const refusedStamp = code ? STAMP_REFUSALS[code] : undefined
    if (refusedStamp) return { stock: [], stamp: null, refusedStamp }
    throw error
  }
}

export async function listStock(q?: string): Promise<ShelfLine[]> {
  return (await searchShelf(q)).stock
}

type MovementAnswer = { movement_ids: string[]; stock: ShelfLine[] }

/** Nhận hàng ký gửi (only certified, approved producers' SKUs). */
export async function receiveStock(input: StockMovementInput): Promise<MovementAnswer> {
  return counterFetch("/showroom/receipts", { method: "POST", body: { lines: input.lines, note: input.note } })
}

/** Trả hàng cho nhà sản xuất. */
export async function returnToProducer(input: StockMovementInput): Promise<MovementAnswer> {
  const lines = input.lines.map(({ sku, quantity }) => ({ sku, quantity }))
  return counterFetch("/showroom/returns", { method: "POST", body: { lines, note: input.note } })
}

/** Điều chỉnh tồn kho: signed quantities, with a reason. */
export async function adjustStock(input: StockMovementInput): Promise<MovementAnswer> {
  const lines = input.lines.map(({ sku, quantity }) => ({ sku, quantity }))
  return counterFetch("/showroom/adjustments", {
    method: "POST",
    body: { lines, reason: input.reason, note: input.note },
  })
}

/** Records a sale at the counter; a line larger than the shelf holds is refused ("Điểm bán chỉ còn …"). */
export async function recordSale(sale: SaleBody): Promise<Receipt> {
  const { sale: receipt } = await counterFetch<{ sale: Receipt }>("/showroom/sales", { method: "POST", body: sale })
  return receipt
}

/** Khách trả hàng: goods from one of this showroom's sales come back onto the shelf. */
export async function recordCustomerReturn(
  orderId: string,
  body: CustomerReturnBody
): Promise<{ refund: number; lines: unknown[] }> {
  const { return: answer } = await counterFetch<{ return: { refund: number; lines: unknown[] } }>(
    `/showroom/sales/${encodeURIComponent(orderId)}/returns`,
    { method: "POST", body }
  )
  return answer
}

export const MOVEMENTS_PAGE_SIZE = 50

/** The shelf's movements, newest first. */
export async function listMovements(query: { kind?: MovementKind; offset?: number }): Promise<{
  movements: StockMovement[]
  count: number
}> {
  return counterFetch("/showroom/movements", {
    query: { kind: query.kind, limit: MOVEMENTS_PAGE_SIZE, offset: query.offset || undefined },
  })
}

/** The showroom's report for a period (YYYY-MM-DD, `to` included). */
export async function getReport(period: { from: string; to: string }): Promise<ShowroomReport> {
  const { report } = await counterFetch<{ report: ShowroomReport }>("/showroom/reports", { query: period })
  return report
}

/** Online orders shoppers will collect here ("Nhận tại điểm bán"), oldest first; their units are held on the shelf. */
export async function listPickups(): Promise<Pickup[]> {
  const { pickups } = await counterFetch<{ pickups: Pickup[] }>("/showroom/pickups")
  return pickups
}

/** The shopper has collected the order (and paid it): the held units leave the shelf as a sale. */
export async function handOverPickup(orderId: string): Promise<void> {
  await counterFetch(`/showroom/pickups/${encodeURIComponent(orderId)}/handover`, { method: "POST" })
}

/** The shopper never came: the order is cancelled with a reason and its held units go back on sale. */
export async function cancelPickup(orderId: string, reason: string): Promise<void> {
  await counterFetch(`/showroom/pickups/${encodeURIComponent(orderId)}/cancel`, { method: "POST", body: { reason } })
}
