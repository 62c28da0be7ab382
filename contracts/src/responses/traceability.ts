import type { CertificateStatus } from "../certificate-validity"
import type { ScanFlagReason } from "../scan-watch"
import type { StandardLink } from "./standards"

// What the traceability API answers (docs/TRACEABILITY-API.md): production batches and OCOP stamps in
// the producer portal, and the public trace page. Days are `YYYY-MM-DD` (Vietnam calendar days);
// instants are ISO strings. Stamp codes come formatted: "XXXX-XXXX-XXXX-X".

export type StampStatus = "printed" | "activated" | "voided"

/** How many of a batch's stamps are in each status. */
export type StampCounts = Record<StampStatus, number>

/** A production batch (lô sản xuất) as the producer portal lists it. */
export type ProductionBatch = {
  id: string
  lot_number: string
  variant_id: string
  sku: string | null
  product_title: string
  variant_title: string
  produced_on: string
  expires_on: string | null
  quantity: number
  created_at: string
  stamps: StampCounts
}

/** A stamp as the producer portal lists it. */
export type ProducerStamp = {
  code: string
  status: StampStatus
  activated_at: string | null
  voided_at: string | null
  void_reason: string | null
}

/** What the public trace page shows for one stamp (`GET /store/trace/:code`): its batch's trace, and the stamp itself. */
export type StampTrace = BatchTrace & {
  stamp: { code: string; status: StampStatus; activated_at: string | null }
  /** Reads of this stamp's trace, each one counted by the backend. */
  scans: number
  /** Why scan watch suspects the label is a copy (none: nothing seen); `warning` says it to the shopper. */
  flags: ScanFlagReason[]
  warning: string | null
}

/**
 * A stamp scan watch flagged, once per reason (`GET /admin/scan-watch`, `GET /producer/scan-watch`):
 * where it was scanned (current provinces' short names) and how often, with its batch and producer.
 */
export type FlaggedStamp = {
  id: string
  reason: ScanFlagReason
  flagged_at: string
  stamp: { code: string; status: StampStatus; scans: number; last_scanned_at: string | null }
  batch: { id: string; lot_number: string }
  product_title: string
  producer: { id: string; name: string }
  provinces: string[]
}

/** What the trace page of a batch tells (`GET /store/trace/batches/:id`, linked from the orders that received it). */
export type BatchTrace = {
  batch: { lot_number: string; produced_on: string; expires_on: string | null }
  product: {
    title: string
    handle: string
    thumbnail: string | null
    variant_title: string | null
    sku: string | null
  }
  /** A producer may have no province or address on record. */
  producer: { name: string; handle: string; province: string | null; address: string | null }
  /**
   * The certificate that makes it sellable now (`valid`), else the most recent one; null without any.
   * `status` as a person reads it: a certificate past its validity is `expired` before the hourly job marks it.
   */
  certificate: { stars: number; valid: boolean; status: CertificateStatus; expires_at: string | null } | null
  /** The product's published TCCS and production process in force today (issue 19), TCCS first. */
  standards: StandardLink[]
}
