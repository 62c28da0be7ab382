import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { BatchReachQuery } from "@ocop/contracts/schemas"
import { batchReach } from "../../../../queries/batch-reach"

/** The batches a lot number, a stamp code or an id names, each with the orders and showrooms that got it. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, BatchReachQuery>, res: MedusaResponse) => {
  res.json({ batches: await batchReach(req.scope, req.validatedQuery) })
}
