import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { traceOf } from "../../../traceability"

/** The public trace page of one stamp (its QR opens it); each read counts as a scan. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ trace: await traceOf(req.scope, req.params.code) })
}
