import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RefuseBody } from "@ocop/contracts/schemas"
import { producerOrder } from "../../../../../queries/producer-orders"
import { refuseProducerOrderWorkflow } from "../../../../../workflows/producer/refuse-producer-order"
import { producerForWrite } from "../../../context"

/** The shopper refused the parcel at the door (cash on delivery, issue 16): cancelled, nothing captured. */
export const POST = async (req: AuthenticatedMedusaRequest<RefuseBody>, res: MedusaResponse) => {
  const { producer, member } = await producerForWrite(req)
  // The workflow refuses another producer's part as not found.
  await refuseProducerOrderWorkflow(req.scope).run({
    input: { id: req.params.id, producer_id: producer.id, reason: req.validatedBody.reason, member_id: member.id },
  })
  res.json({ order: await producerOrder(req.scope, producer.id, req.params.id) })
}
