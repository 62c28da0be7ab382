import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { batchTraceOf } from "../../../../../queries/stamp-trace"

/** The public trace page of one batch, linked from the orders shipped from it. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ trace: await batchTraceOf(req.scope, req.params.id) })
}
