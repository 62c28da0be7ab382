// The report's period (`?from=&to=`, YYYY-MM-DD, `to` included), as days in Vietnam.

const DAY_MS = 24 * 60 * 60 * 1000
export const DEFAULT_PERIOD_DAYS = 30

const vietnamDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Ho_Chi_Minh",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
})

/** The calendar day in Vietnam, "2026-11-29". */
export function vietnamDate(at: Date): string {
  return vietnamDay.format(at)
}

function isDay(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const parsed = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value)
}

export type Period = { from: string; to: string; error?: string }

/** The last 30 days up to today (in Vietnam). */
export function defaultPeriod(now: Date = new Date()): Period {
  return { from: vietnamDate(new Date(now.getTime() - DEFAULT_PERIOD_DAYS * DAY_MS)), to: vietnamDate(now) }
}

/**
 * The period a report asks for; the last 30 days when nothing (or something unreadable) is given, with
 * a message saying why when the dates were refused.
 */
export function parsePeriod(query: { from?: unknown; to?: unknown }, now: Date = new Date()): Period {
  const first = (value: unknown) => (Array.isArray(value) ? value[0] : value)
  const from = first(query.from)
  const to = first(query.to)
  const fallback = defaultPeriod(now)
  if ((from === undefined || from === "") && (to === undefined || to === "")) return fallback
  if (!isDay(from) || !isDay(to)) return { ...fallback, error: "Ngày không hợp lệ: đang xem 30 ngày gần nhất." }
  if (from > to) return { ...fallback, error: "Ngày bắt đầu sau ngày kết thúc: đang xem 30 ngày gần nhất." }
  return { from, to }
}

/** "2026-11-01" → "01/11/2026", the day as asked (the backend answers it as a UTC instant). */
export function dayText(day: string): string {
  const [year, month, date] = day.split("-")
  return `${date}/${month}/${year}`
}
