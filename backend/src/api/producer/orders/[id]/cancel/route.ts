import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerOrder } from "../../../../../queries/producer-orders"
import { cancelProducerOrderWorkflow } from "../../../../../workflows/producer/cancel-producer-order"
import { producerForWrite } from "../../../context"

export const POST = async (req: AuthenticatedMedusaRequest<{ reason: string }>, res: MedusaResponse) => {
  const { producer, member } = await producerForWrite(req)
  // The workflow refuses another producer's part as not found.
  await cancelProducerOrderWorkflow(req.scope).run({
    input: { id: req.params.id, producer_id: producer.id, reason: req.validatedBody.reason, canceled_by: member.id },
  })
  res.json({ order: await producerOrder(req.scope, producer.id, req.params.id) })
}
