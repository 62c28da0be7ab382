import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerForOffice } from "../../../../../queries/producer-for-office"
import { changeProducerStatusWorkflow } from "../../../../../workflows/producer/change-producer-status"

/** Suspends a producer with a reason; all its products leave the storefront in the same run. */
export const POST = async (req: AuthenticatedMedusaRequest<{ reason: string }>, res: MedusaResponse) => {
  await producerForOffice(req.scope, req.params.id)
  await changeProducerStatusWorkflow(req.scope).run({
    input: { id: req.params.id, action: "suspend", reason: req.validatedBody.reason },
  })
  res.json({ producer: await producerForOffice(req.scope, req.params.id) })
}
