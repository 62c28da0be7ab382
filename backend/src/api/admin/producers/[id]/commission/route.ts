import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CommissionBody } from "@ocop/contracts/schemas"
import { producerForOffice } from "../../../../../queries/producer-for-office"
import { setProducerCommissionWorkflow } from "../../../../../workflows/settlement/set-producer-commission"

/** The marketplace's commission on the producer's sales, from the next month closed on. */
export const POST = async (req: AuthenticatedMedusaRequest<CommissionBody>, res: MedusaResponse) => {
  await producerForOffice(req.scope, req.params.id)
  await setProducerCommissionWorkflow(req.scope).run({
    input: { id: req.params.id, commission_bps: req.validatedBody.commission_bps },
  })
  res.json({ producer: await producerForOffice(req.scope, req.params.id) })
}
