// What the traceability portal sends; what the API answers (ProductionBatch, ProducerStamp, StampTrace)
// is in @ocop/contracts (docs/TRACEABILITY-API.md). Days are `YYYY-MM-DD` (Vietnam calendar days).

import type { JsonBody, NewBatchBody } from "@ocop/contracts/schemas"

export type NewBatch = JsonBody<NewBatchBody>
