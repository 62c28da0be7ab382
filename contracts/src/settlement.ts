import { VIETNAM_OFFSET_MS } from "./dates"

// Producer settlements (issue 16): a statement per producer and calendar month, in Vietnam's time.

/**
 * How a sale's money came in. The marketplace holds what was paid by transfer or card and owes it to
 * the producer; cash on delivery reaches the producer through its carrier, and a counter sale through
 * the showroom, which keeps the producer's consigned goods and hands it their takings directly: the
 * marketplace never holds either. A refund to a shopper is paid by the marketplace, whichever way the
 * money first came in, so it is taken off what the marketplace owes the producer.
 */
export const SETTLEMENT_METHODS = ["transfer", "card", "cod", "counter", "refund"] as const
export type SettlementMethod = (typeof SETTLEMENT_METHODS)[number]

export const SETTLEMENT_METHOD_LABELS: Record<SettlementMethod, string> = {
  transfer: "Chuyển khoản",
  card: "Thẻ",
  cod: "Thu hộ khi giao (COD)",
  counter: "Bán tại điểm bán",
  refund: "Hoàn tiền cho khách",
}

/** open: the payout is still to be made; paid: made, and the statement can no longer change. */
export const SETTLEMENT_STATUSES = ["open", "paid"] as const
export type SettlementStatus = (typeof SETTLEMENT_STATUSES)[number]

export const SETTLEMENT_STATUS_LABELS: Record<SettlementStatus, string> = {
  open: "Chưa chi trả",
  paid: "Đã chi trả",
}

/** Whether the marketplace collected this money on the producer's behalf (and so pays it out). */
export const collectedByMarketplace = (method: SettlementMethod) =>
  method === "transfer" || method === "card" || method === "refund"

/** "2026-11": a calendar month in Vietnam. */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/

/** The month's first instant and the next month's first instant, in Vietnam (UTC+7): `from` ≤ t < `to`. */
export function monthBounds(month: string): { from: Date; to: Date } {
  const match = MONTH_PATTERN.exec(month)
  if (!match) throw new Error(`Not a month: ${month}`)
  const year = Number(match[1])
  const index = Number(match[2]) - 1
  return {
    from: new Date(Date.UTC(year, index, 1) - VIETNAM_OFFSET_MS),
    to: new Date(Date.UTC(year, index + 1, 1) - VIETNAM_OFFSET_MS),
  }
}

/** The month in Vietnam of an instant, "2026-11" (17:30 UTC on 30 Nov is already December there). */
export function vietnamMonth(time: number | Date): string {
  return new Date(new Date(time).getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 7)
}

/** The month before the one `now` falls in, in Vietnam: the month a settlement run closes. */
export function previousMonth(now: number | Date): string {
  return vietnamMonth(monthBounds(vietnamMonth(now)).from.getTime() - 1)
}

/** A month can be closed once its last day has ended in Vietnam. */
export const monthEnded = (month: string, now: number | Date) => new Date(now).getTime() >= monthBounds(month).to.getTime()

/** "2026-11" → "11/2026" */
export const monthText = (month: string) => month.split("-").reverse().join("/")

/** Commission rates are basis points (1 % = 100) so a rate like 2,5 % stays an integer. */
export const MAX_COMMISSION_BPS = 10_000

/** 250 → "2,5 %" */
export const commissionRateText = (bps: number) => `${(bps / 100).toLocaleString("vi-VN", { maximumFractionDigits: 2 })} %`

/**
 * A line's commission in whole đồng: amount × rate, rounded half away from zero, per line. Totals are
 * sums of lines (never a rate applied to a total), so a statement's lines always add up to it exactly.
 * Integer arithmetic: amount × bps stays far below 2^53 for any real sale.
 */
export function lineCommission(amount: number, bps: number): number {
  const scaled = Math.abs(amount) * bps
  const rounded = Math.floor(scaled / MAX_COMMISSION_BPS) + (scaled % MAX_COMMISSION_BPS >= MAX_COMMISSION_BPS / 2 ? 1 : 0)
  return amount < 0 ? -rounded : rounded
}

export type SettlementTotals = {
  /** Paid by transfer or card: held by the marketplace for the producer. */
  collected_by_marketplace: number
  /** Cash on delivery and counter sales: already in the producer's hands. */
  collected_by_producer: number
  /** On everything sold, whoever collected it. */
  commission: number
  /** What the marketplace owes the producer: collected on its behalf − commission; negative = the producer owes. */
  balance: number
}

/** A statement's totals from its lines, each already carrying its rounded commission. */
export function settlementTotals(lines: { method: SettlementMethod; amount: number; commission: number }[]): SettlementTotals {
  let byMarketplace = 0
  let byProducer = 0
  let commission = 0
  for (const line of lines) {
    if (collectedByMarketplace(line.method)) byMarketplace += line.amount
    else byProducer += line.amount
    commission += line.commission
  }
  return {
    collected_by_marketplace: byMarketplace,
    collected_by_producer: byProducer,
    commission,
    balance: byMarketplace - commission,
  }
}
