import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerScanWatchQuery } from "@ocop/contracts/schemas"
import { flaggedStamps } from "../../../queries/scan-watch"
import { producerContext } from "../context"

/** This producer's stamps scan watch flagged, newest first: only its own. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ProducerScanWatchQuery>, res: MedusaResponse) => {
  const { producer } = await producerContext(req)
  const { limit, offset } = req.validatedQuery
  const { flags, count } = await flaggedStamps(req.scope, { producer_id: producer.id }, { limit, offset })
  res.json({ flags: flags.map(({ producer_email, ...flag }) => flag), count })
}
