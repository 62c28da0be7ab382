import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerOrder } from "../../../../../queries/producer-orders"
import { confirmProducerOrderWorkflow } from "../../../../../workflows/producer/confirm-producer-order"
import { producerForWrite } from "../../../context"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { producer } = await producerForWrite(req)
  await producerOrder(req.scope, producer.id, req.params.id) // 404 unless its own
  await confirmProducerOrderWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ order: await producerOrder(req.scope, producer.id, req.params.id) })
}
