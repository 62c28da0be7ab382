import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ScanWatchQuery } from "@ocop/contracts/schemas"
import { flaggedStamps } from "../../../queries/scan-watch"

/** Stamps scan watch flagged as likely copied labels, newest first (of one producer when asked). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ScanWatchQuery>, res: MedusaResponse) => {
  const { producer_id, limit, offset } = req.validatedQuery
  const { flags, count } = await flaggedStamps(req.scope, producer_id ? { producer_id } : {}, { limit, offset })
  res.json({ flags: flags.map(({ producer_email, ...flag }) => flag), count })
}
