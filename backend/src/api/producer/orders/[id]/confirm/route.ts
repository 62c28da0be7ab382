import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerOrder } from "../../../../../queries/producer-orders"
import { confirmProducerOrderWorkflow } from "../../../../../workflows/producer/confirm-producer-order"
import { producerForWrite } from "../../../context"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { producer } = await producerForWrite(req)
  // The workflow refuses another producer's part as not found.
  await confirmProducerOrderWorkflow(req.scope).run({ input: { id: req.params.id, producer_id: producer.id } })
  res.json({ order: await producerOrder(req.scope, producer.id, req.params.id) })
}
