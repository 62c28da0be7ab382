import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerForOffice } from "../../../../../queries/producer-for-office"
import { changeProducerStatusWorkflow } from "../../../../../workflows/producer/change-producer-status"

/** Approves a pending or suspended producer; its certified products are listed in the same run. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await producerForOffice(req.scope, req.params.id)
  await changeProducerStatusWorkflow(req.scope).run({ input: { id: req.params.id, action: "approve" } })
  res.json({ producer: await producerForOffice(req.scope, req.params.id) })
}
