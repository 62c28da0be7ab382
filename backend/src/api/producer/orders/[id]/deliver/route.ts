import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerOrder } from "../../../../../queries/producer-orders"
import { deliverProducerOrderWorkflow } from "../../../../../workflows/producer/deliver-producer-order"
import { producerForWrite } from "../../../context"

/** Delivered, cash collected (cash on delivery, issue 16): the part's amount is captured. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { producer, member } = await producerForWrite(req)
  // The workflow refuses another producer's part as not found.
  await deliverProducerOrderWorkflow(req.scope).run({
    input: { id: req.params.id, producer_id: producer.id, member_id: member.id },
  })
  res.json({ order: await producerOrder(req.scope, producer.id, req.params.id) })
}
