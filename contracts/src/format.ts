// How money and dates are written for people, so the shop, the portals and Admin read the same way.

const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" })

/** 120000 → "120.000 ₫" (U+00A0 before ₫). VND has no minor unit: amounts are whole đồng. */
export function formatVnd(amount: number): string {
  return vnd.format(amount)
}

// Orders are placed in Vietnam: show their dates in Vietnam's time zone whatever the server's is.
const dateTime = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Asia/Ho_Chi_Minh",
})

/** "01:30 01/02/2026" */
export function formatDateTime(value: string | Date | null | undefined): string {
  return value ? dateTime.format(new Date(value)) : "—"
}

const date = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Asia/Ho_Chi_Minh",
})

/** "12/11/2024": a day as Vietnam sees it (certificates and decisions are dated in Vietnam). */
export function formatDate(value: string | Date | null | undefined): string {
  return value ? date.format(new Date(value)) : "—"
}
