import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderPartsMoney, partOrderId } from "../../../../../queries/part-refunds"
import { cancelProducerOrderWorkflow } from "../../../../../workflows/producer/cancel-producer-order"

/** The office cancels one producer's part: what the shopper paid for it is refunded (issue 16). */
export const POST = async (req: AuthenticatedMedusaRequest<{ reason: string }>, res: MedusaResponse) => {
  const orderId = await partOrderId(req.scope, req.params.id)
  await cancelProducerOrderWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason, canceled_by: req.auth_context.actor_id },
  })
  res.json({ parts: await orderPartsMoney(req.scope, orderId) })
}
