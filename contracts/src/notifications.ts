import type { BankTransferInstructions } from "./responses/payments"

/**
 * The e-mails the marketplace sends (issue 17), by template name, with the data each one is rendered
 * from. The backend's workflows queue them and its mail provider renders them; a workflow of another
 * concept (accounts) sends the same names with the same data, so both are checked by the compiler.
 */
export type NoticeLine = { title: string; quantity: number }

export type NoticeData = {
  /** To the shopper as the order is placed. */
  "order-placed": {
    display_id: number
    /** Whole đồng. */
    total: number
    items: NoticeLine[]
    /** For an order paid by bank transfer: what to transfer. */
    transfer: BankTransferInstructions | null
  }
  /** To each producer: its part of an order. */
  "producer-order-placed": {
    display_id: number
    producer_name: string
    items: NoticeLine[]
    /** Where the parcel goes: the shopper's delivery address, or the showroom the shopper collects at. */
    deliver_to: { name: string; phone: string | null; address: string }
  }
  /** To the shopper when the money reached the marketplace (a transfer matched or a card captured). */
  "payment-received": { display_id: number; amount: number }
  /** To the shopper when a producer hands its parcel to the carrier. */
  "order-shipped": {
    display_id: number
    producer_name: string
    carrier: string
    tracking_number: string
    order_url: string
  }
  /** To the shopper: the whole order (producer_name null) or one producer's part cancelled. */
  "order-canceled": { display_id: number; producer_name: string | null; reason: string | null }
  /** To the shopper: an order paid by transfer cancelled as the money did not arrive in time (issue 16). */
  "order-unpaid-canceled": { display_id: number; amount: number; currency_code: string; reason: string }
  /** To the shopper: a producer's part waits at the showroom they chose. */
  "pickup-ready": {
    display_id: number
    producer_name: string
    showroom: { name: string; address: string; hours: string | null }
  }
  /** To a producer 180, 120 and 30 days before a certificate expires. */
  "certificate-expiring": {
    producer_name: string
    certificate_number: string
    product_name: string
    /** Day in Vietnam, YYYY-MM-DD. */
    expires_on: string
    days_left: number
  }
  /** To a producer whose products' sellable stock fell to the threshold. */
  "low-stock": { producer_name: string; items: { title: string; sku: string | null; available: number }[] }
  /** To a producer once per flag scan watch raises on one of its stamps (issue 19). */
  "stamp-flagged": {
    producer_name: string
    code: string
    lot_number: string
    product_title: string
    reason: string
    provinces: string[]
    scans: number
  }
  /**
   * To a producer as the office records an inspection of it (issue 19): what failed, on which ground,
   * and by when to correct it; `resolved` open violations a fully passing inspection closed.
   */
  "inspection-recorded": {
    producer_name: string
    /** Day in Vietnam, YYYY-MM-DD. */
    inspected_on: string
    kind: string
    failed: { check: string; ground: string }[]
    /** Day in Vietnam, YYYY-MM-DD; null when nothing failed. */
    correct_by: string | null
    resolved: number
    portal_url: string
  }
  /** To a producer when the office suspends, revokes or reinstates one of its certificates. */
  "certificate-status-changed": {
    producer_name: string
    certificate_number: string
    product_name: string
    change: "suspended" | "revoked" | "reinstated"
    reason: string | null
    portal_url: string
  }
  /** Sent by the accounts' workflows. */
  "customer-password-reset": { email: string; reset_url: string; expires_in_minutes: number }
  "customer-email-verification": { email: string; verify_url: string }
}

export type NoticeTemplate = keyof NoticeData

export const NOTICE_TEMPLATES = [
  "order-placed",
  "producer-order-placed",
  "payment-received",
  "order-shipped",
  "order-canceled",
  "order-unpaid-canceled",
  "pickup-ready",
  "certificate-expiring",
  "low-stock",
  "stamp-flagged",
  "inspection-recorded",
  "certificate-status-changed",
  "customer-password-reset",
  "customer-email-verification",
] as const satisfies readonly NoticeTemplate[]

/** Where a queued e-mail stands: delivered, still to send (retried), or given up on until the office retries it. */
export const NOTICE_STATUSES = ["queued", "sent", "failed"] as const
export type NoticeStatus = (typeof NOTICE_STATUSES)[number]

export const NOTICE_STATUS_LABELS: Record<NoticeStatus, string> = {
  queued: "Chờ gửi",
  sent: "Đã gửi",
  failed: "Gửi thất bại",
}

/** Days before a certificate's expiry its producer is reminded. */
export const CERTIFICATE_MILESTONES = [180, 120, 30] as const
export type CertificateMilestone = (typeof CERTIFICATE_MILESTONES)[number]

const DAY = 86_400_000

/**
 * The reminder a certificate is due at `now`: the nearest milestone it has reached (30 days left → 30,
 * 100 → 120, 150 → 180), or null when it is further away or already expired. A certificate found late
 * (the job was down at 180) still gets the reminder of where it now stands, and the earlier ones are skipped.
 */
export function certificateMilestone(expiresAt: Date, now: Date): { milestone: CertificateMilestone; days_left: number } | null {
  const daysLeft = Math.ceil((expiresAt.getTime() - now.getTime()) / DAY)
  if (daysLeft <= 0) return null
  const reached = CERTIFICATE_MILESTONES.filter((milestone) => daysLeft <= milestone)
  return reached.length ? { milestone: reached[reached.length - 1], days_left: daysLeft } : null
}
