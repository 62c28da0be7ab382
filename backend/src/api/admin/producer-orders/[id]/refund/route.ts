import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RefundPartBody } from "@ocop/contracts/schemas"
import { orderPartsMoney, partOrderId } from "../../../../../queries/part-refunds"
import { refundPartByOfficeWorkflow } from "../../../../../workflows/payment/refund-part-by-office"

/** The office gives back part of what was paid for one producer's part; never more than was paid (400). */
export const POST = async (req: AuthenticatedMedusaRequest<RefundPartBody>, res: MedusaResponse) => {
  const orderId = await partOrderId(req.scope, req.params.id)
  await refundPartByOfficeWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, created_by: req.auth_context.actor_id },
  })
  res.json({ parts: await orderPartsMoney(req.scope, orderId) })
}
