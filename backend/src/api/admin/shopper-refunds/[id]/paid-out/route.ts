import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RefundPayoutBody } from "@ocop/contracts/schemas"
import { shopperRefund } from "../../../../../queries/part-refunds"
import { markRefundPaidOutWorkflow } from "../../../../../workflows/payment/mark-refund-paid-out"

/** The office transferred a refund back from the bank: the transfer's reference is recorded. */
export const POST = async (req: AuthenticatedMedusaRequest<RefundPayoutBody>, res: MedusaResponse) => {
  await shopperRefund(req.scope, req.params.id) // 404 in the office's words
  await markRefundPaidOutWorkflow(req.scope).run({
    input: { id: req.params.id, reference: req.validatedBody.reference, paid_out_by: req.auth_context.actor_id },
  })
  res.json({ refund: await shopperRefund(req.scope, req.params.id) })
}
