// The period of the consignment report (`?from=&to=`, calendar days in Vietnam, `to` inclusive), as
// the API reads it and answers it.

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** A `YYYY-MM-DD` query value that names a real day, else undefined (the API then uses the last 30 days). */
export function parseDay(raw: unknown): string | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (typeof value !== "string" || !DAY.test(value)) return undefined
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined
}


/** "2026-11-29" → "29/11/2026". */
export function dayLabel(day: string): string {
  return day.split("-").reverse().join("/")
}
