import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerInspectionsQuery } from "@ocop/contracts/schemas"
import { inspectionRecords } from "../../../queries/inspections"
import { producerContext } from "../context"

/** This producer's inspections with their findings, violations (and the day to correct by) and proposals. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ProducerInspectionsQuery>, res: MedusaResponse) => {
  const { producer } = await producerContext(req)
  const { limit, offset } = req.validatedQuery
  res.json(await inspectionRecords(req.scope, { producer_id: producer.id }, { limit, offset }))
}
