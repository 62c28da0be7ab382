import type { CertificateMilestone } from "../notifications"
import type { ViolationRecord } from "./inspections"
import type { MissingStandard } from "./standards"
import type { FlaggedStamp } from "./traceability"

// What the coordination office reads across producers (Admin): the overview and a batch's reach.

/** The overview's lists, each downloadable as CSV (`GET /admin/ocop/overview/csv?list=`). */
export const OVERVIEW_LISTS = ["by_commune", "expiring", "missing_standard", "open_violations", "flagged_stamps"] as const
export type OverviewList = (typeof OVERVIEW_LISTS)[number]

/** A valid certificate whose expiry falls within 180 days. */
export type ExpiringCertificate = {
  id: string
  decision_number: string
  product_name: string
  owner_name: string
  owner_province: string | null
  owner_commune: string | null
  stars: number
  expires_at: string
  renewal_filed_at: string | null
  /** Whole days until expiry (1 on its last day). */
  days_left: number
}

export type OpenViolation = ViolationRecord & { producer_name: string | null }

/** "Tổng quan OCOP" (`GET /admin/ocop/overview`): the province's certificates valid now, and what needs the office. */
export type OfficeOverview = {
  valid_total: number
  /** 3★, 4★ and 5★, always all three. */
  by_stars: { stars: number; count: number }[]
  /** The six sectors, each with its product sets that have a valid certificate. */
  by_sector: { code: string; name: string; count: number; product_sets: { product_set: number; count: number }[] }[]
  /** By the owner's province, then commune (null: not recorded), most certificates first. */
  by_commune: { province: string | null; commune: string | null; count: number }[]
  /**
   * How many valid certificates expire within 180, 120 and 30 days (the milestones producers are reminded
   * at), and the first of them, soonest first.
   */
  expiring: { counts: { within_days: CertificateMilestone; count: number }[]; certificates: ExpiringCertificate[] }
  missing_standards: { count: number; products: MissingStandard[] }
  open_violations: { count: number; violations: OpenViolation[] }
  /** Stamps scan watch flagged (likely copied labels), newest flag first. */
  flagged_stamps: { count: number; flags: FlaggedStamp[] }
  /** How many rows each list shows at most; the CSV holds all. */
  list_limit: number
}

/** A production batch and where it went: the orders it was shipped in and the showrooms that got it. */
export type BatchReach = {
  batch: { id: string; lot_number: string; produced_on: string; expires_on: string | null; quantity: number }
  product: { id: string | null; title: string; variant_title: string; sku: string | null }
  producer: { id: string | null; name: string | null }
  /** Online orders a line of which was shipped from the batch: no more of the shopper than the province. */
  orders: { order_id: string; display_id: number; created_at: string; province: string | null; quantity: number }[]
  /** Showrooms whose receipts or sales named the batch's lot. */
  showrooms: { id: string; name: string; province: string | null; received: number; sold: number }[]
}
