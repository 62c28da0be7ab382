import { z } from "zod"
import { LIMITS, pageQuery } from "./fields"

/** The office's list of flagged stamps (`GET /admin/scan-watch`), of one producer when asked. */
export const ScanWatchQuery = z.object({ producer_id: z.string().trim().max(LIMITS.id).optional(), ...pageQuery })
export type ScanWatchQuery = z.infer<typeof ScanWatchQuery>

/** A producer's own flagged stamps (`GET /producer/scan-watch`). */
export const ProducerScanWatchQuery = ScanWatchQuery.pick({ limit: true, offset: true })
export type ProducerScanWatchQuery = z.infer<typeof ProducerScanWatchQuery>
