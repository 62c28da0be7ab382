import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { traceOf } from "../../../../queries/stamp-trace"
import { scanPlace } from "../../../../utils/scan-place"
import { clientAddress } from "../../../rate-limits"

/** The public trace page of one stamp (its QR opens it); a client's first read of the day counts as a scan. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const started = performance.now()
  const trace = await traceOf(req.scope, req.params.code, { client: clientAddress(req), place: await scanPlace(req) })
  // Server time of the whole answer, scan counting included (scripts/bench/trace.ts reads it).
  res.set("Server-Timing", `trace;dur=${(performance.now() - started).toFixed(2)}`)
  res.json({ trace })
}
