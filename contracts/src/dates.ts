/** Vietnam keeps UTC+7 all year (no daylight saving): a day there runs from 00:00 to 24:00 at UTC+7. */
export const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/** The calendar day in Vietnam of an instant, "2026-11-30" (23:30 UTC on 29 Nov is already the 30th). */
export function vietnamDay(time: number | Date): string {
  return new Date(new Date(time).getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)
}

/** A `YYYY-MM-DD` value (a query parameter, the first when repeated) that names a real day, else undefined. */
export function parseDay(raw: unknown): string | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined
}

/** "2026-11-29" → "29/11/2026": a day the Vietnamese way. */
export function dayText(day: string): string {
  return day.split("-").reverse().join("/")
}

/** A report's period: calendar days in Vietnam, `to` included. */
export type Period = { from: string; to: string }
