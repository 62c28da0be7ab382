import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AttachTransferBody } from "@ocop/contracts/schemas"
import { attachIncomingTransferWorkflow } from "../../../../../../workflows/payment/decide-incoming-transfer"

/** The office attaches a transfer to order number `display_id`; its payment is captured once the transfers add up. */
export const POST = async (req: AuthenticatedMedusaRequest<AttachTransferBody>, res: MedusaResponse) => {
  const { result } = await attachIncomingTransferWorkflow(req.scope).run({
    input: { transfer_id: req.params.id, ...req.validatedBody, decided_by: req.auth_context.actor_id },
  })
  res.json({ transfer: result })
}
