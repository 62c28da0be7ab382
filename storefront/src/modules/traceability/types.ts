// Production batches and OCOP stamps, as docs/TRACEABILITY-API.md states them. Days are `YYYY-MM-DD`
// (Vietnam calendar days); instants are ISO strings. Stamp codes come formatted: "XXXX-XXXX-XXXX-X".
import type { Stars } from "@/modules/ocop/stars"

export type StampStatus = "printed" | "activated" | "voided"

export type StampCounts = Record<StampStatus, number>

export type Batch = {
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

export type NewBatch = {
  variant_id: string
  lot_number: string
  produced_on: string
  expires_on?: string
  /** 1–5000: one stamp per unit, each created `printed`. */
  quantity: number
}

export type Stamp = {
  code: string
  status: StampStatus
  activated_at: string | null
  voided_at: string | null
  void_reason: string | null
}

/** What the public trace page shows for one stamp (`GET /store/trace/:code`). */
export type Trace = {
  stamp: { code: string; status: StampStatus; activated_at: string | null }
  /** Reads of this stamp's trace, each one counted by the backend. */
  scans: number
  batch: { lot_number: string; produced_on: string; expires_on: string | null }
  product: {
    title: string
    handle: string
    thumbnail: string | null
    variant_title: string | null
    sku: string | null
  }
  // The contract leaves the producer's province and address without a type: a producer may have none.
  producer: { name: string; handle: string; province: string | null; address: string | null }
  certificate: { stars: Stars; valid: boolean; expires_at: string | null } | null
}
