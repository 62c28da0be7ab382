// The report's period (`?from=&to=`, YYYY-MM-DD, `to` included), as days in Vietnam.
import { parseDay, vietnamDay, type Period } from "@ocop/contracts"

const DAY_MS = 24 * 60 * 60 * 1000
export const DEFAULT_PERIOD_DAYS = 30

/** A period, and why the one asked for was not taken. */
export type AskedPeriod = Period & { error?: string }

/** The last 30 days up to today (in Vietnam). */
export function defaultPeriod(now: Date = new Date()): Period {
  return { from: vietnamDay(now.getTime() - DEFAULT_PERIOD_DAYS * DAY_MS), to: vietnamDay(now) }
}

/**
 * The period a report asks for; the last 30 days when nothing (or something unreadable) is given, with
 * a message saying why when the dates were refused.
 */
export function parsePeriod(query: { from?: unknown; to?: unknown }, now: Date = new Date()): AskedPeriod {
  const first = (value: unknown) => (Array.isArray(value) ? value[0] : value)
  const asked = { from: first(query.from), to: first(query.to) }
  const fallback = defaultPeriod(now)
  if ((asked.from === undefined || asked.from === "") && (asked.to === undefined || asked.to === "")) return fallback
  const from = parseDay(asked.from)
  const to = parseDay(asked.to)
  if (!from || !to) return { ...fallback, error: "Ngày không hợp lệ: đang xem 30 ngày gần nhất." }
  if (from > to) return { ...fallback, error: "Ngày bắt đầu sau ngày kết thúc: đang xem 30 ngày gần nhất." }
  return { from, to }
}
