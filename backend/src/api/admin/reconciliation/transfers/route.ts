import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ListTransfersQuery } from "@ocop/contracts/schemas"
import { listIncomingTransfers } from "../../../../queries/incoming-transfers"

/** Transfers received, for the office to review: those waiting for a decision by default. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListTransfersQuery>, res: MedusaResponse) => {
  const { transfers, count } = await listIncomingTransfers(req.scope, req.validatedQuery)
  res.json({ transfers, count, limit: req.validatedQuery.limit, offset: req.validatedQuery.offset })
}
