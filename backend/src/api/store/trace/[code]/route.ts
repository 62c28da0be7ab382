import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type Timed, traceOf } from "../../../../queries/stamp-trace"
import { scanPlace } from "../../../../utils/scan-place"
import { clientAddress } from "../../../rate-limits"

/**
 * The public trace page of one stamp (its QR opens it); a client's first read of the day counts as a scan.
 * Server-Timing tells the whole answer's time (`trace`) and its steps': finding the stamp, counting the
 * scan, reading the batch's product, producer and certificate (scripts/bench/trace.ts reads them).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const started = performance.now()
  const steps: string[] = []
  const timed: Timed = async (name, work) => {
    const begun = performance.now()
    try {
      return await work()
    } finally {
      steps.push(`${name};dur=${(performance.now() - begun).toFixed(2)}`)
    }
  }
  const trace = await traceOf(req.scope, req.params.code, { client: clientAddress(req), place: () => scanPlace(req) }, timed)
  res.set("Server-Timing", [`trace;dur=${(performance.now() - started).toFixed(2)}`, ...steps].join(", "))
  res.json({ trace })
}
