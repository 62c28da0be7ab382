import { DAY_MS, formatDate, OCOP_PRODUCT_SETS } from "@ocop/contracts"

// Dates and money are written as the contracts write them, like the shop and the portals.
export { formatDate, formatDateTime, formatVnd } from "@ocop/contracts"

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
