// What the traceability portal sends; what the API answers (ProductionBatch, ProducerStamp, StampTrace)
// is in @ocop/contracts (docs/TRACEABILITY-API.md). Days are `YYYY-MM-DD` (Vietnam calendar days).

export type NewBatch = {
  variant_id: string
  lot_number: string
  produced_on: string
  expires_on?: string
  /** 1–5000: one stamp per unit, each created `printed`. */
  quantity: number
}
