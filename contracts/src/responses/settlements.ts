import type { SettlementMethod, SettlementStatus, SettlementTotals } from "../settlement"

/** A producer's statement for one month, as the office and the producer's portal list it. */
export type SettlementStatement = SettlementTotals & {
  id: string
  producer: { id: string; name: string }
  /** "2026-11": the calendar month in Vietnam. */
  period: string
  /** The producer's rate when the month was closed, in basis points (250 = 2,5 %). */
  commission_bps: number
  /** open: the payout is still to be made; paid: made, and the statement can no longer change. */
  status: SettlementStatus
  /** The bank transfer's reference of the payout. */
  payout_reference: string | null
  paid_at: string | null
  created_at: string
}

/** One sale on a statement: a producer's part of an online order, or a counter sale or return. */
export type SettlementLine = {
  id: string
  /** When the money came in: capture (transfer, card), delivery (COD), the counter sale. */
  occurred_at: string
  method: SettlementMethod
  /** "#1042" for an online order; "Bán tại <showroom>" or "Trả lại tại <showroom>" at a counter. */
  reference: string
  /** Integer đồng; negative for a counter return. */
  amount: number
  commission: number
}

export type SettlementStatementDetail = SettlementStatement & { lines: SettlementLine[] }
