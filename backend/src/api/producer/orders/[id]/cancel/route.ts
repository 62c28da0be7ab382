import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerOrder } from "../../../../../queries/producer-orders"
import { cancelProducerOrderWorkflow } from "../../../../../workflows/producer/cancel-producer-order"
import { producerForWrite } from "../../../context"

export const POST = async (req: AuthenticatedMedusaRequest<{ reason: string }>, res: MedusaResponse) => {
  const { producer, member } = await producerForWrite(req)
  await producerOrder(req.scope, producer.id, req.params.id) // 404 unless its own
  await cancelProducerOrderWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason, canceled_by: member.id },
  })
  res.json({ order: await producerOrder(req.scope, producer.id, req.params.id) })
}
