import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { traceOf } from "../../../../queries/stamp-trace"
import { clientAddress } from "../../../rate-limits"

/** The public trace page of one stamp (its QR opens it); a client's first read of the day counts as a scan. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ trace: await traceOf(req.scope, req.params.code, clientAddress(req)) })
}
