import { OCOP_PRODUCT_SETS } from "@ocop/contracts"

/** Certificates are read in Vietnam: dates as dd/mm/yyyy, in Vietnam's time zone. */
const DATE = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Asia/Ho_Chi_Minh",
})

const DAY_MS = 86_400_000

export function formatDate(value: string | Date | null | undefined): string {
  return value ? DATE.format(new Date(value)) : "—"
}

const DATE_TIME = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Asia/Ho_Chi_Minh",
})

/** An instant to the minute, in Vietnam's time zone: "14:15 12/11/2025". */
export function formatDateTime(value: string | Date | null | undefined): string {
  return value ? DATE_TIME.format(new Date(value)) : "—"
}

/** As printed on a certificate: "4894/QĐ-UBND ngày 12/11/2024". */
export function formatDecision(certificate: { decision_number: string; decision_date: string }): string {
  return `${certificate.decision_number} ngày ${formatDate(certificate.decision_date)}`
}

export function formatStars(stars: number): string {
  return "★".repeat(stars)
}

export function formatProductSet(productSet: number): string {
  const name = OCOP_PRODUCT_SETS[productSet]
  return name ? `${productSet}. ${name}` : String(productSet)
}

/** The owner's place as the office filters it: commune, the district as issued, province. */
export function formatPlace(owner: {
  owner_commune?: string | null
  owner_district_as_issued?: string | null
  owner_province?: string | null
}): string {
  return [owner.owner_commune, owner.owner_district_as_issued, owner.owner_province].filter(Boolean).join(", ")
}

/** Whole days from now until `value` (negative once it has passed). */
export function daysUntil(value: string | Date, now: Date = new Date()): number {
  return Math.ceil((new Date(value).getTime() - now.getTime()) / DAY_MS)
}

/** The value of an `<input type="date">` for a day in Vietnam's time zone: "YYYY-MM-DD". */
export function toDateInput(value: string | Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date(value))
}

const VND = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" })

/** 120000 → "120.000 ₫". VND has no minor unit: amounts are whole đồng. */
export function formatVnd(amount: number): string {
  return VND.format(amount)
}

/** A ratio from 0 to 1 as a percentage with one decimal: 0.4167 → "41,7 %"; "—" when there is none. */
export function formatPercent(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined
    ? "—"
    : `${new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }).format(ratio * 100)} %`
}

const NUMBER = new Intl.NumberFormat("vi-VN")

/** 12345 → "12.345". */
export function formatNumber(value: number): string {
  return NUMBER.format(value)
}

const UNITS = ["B", "KB", "MB", "GB"]

/** A file size: 1536 → "1,5 KB"; "—" when there is none. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return "—"
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  return `${new Intl.NumberFormat("vi-VN", { maximumFractionDigits: unit ? 1 : 0 }).format(value)} ${UNITS[unit]}`
}
