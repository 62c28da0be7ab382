import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { DismissTransferBody } from "@ocop/contracts/schemas"
import { dismissIncomingTransferWorkflow } from "../../../../../../workflows/payment/decide-incoming-transfer"

/** The office marks a transfer returned to its sender or ignored, with a note. */
export const POST = async (req: AuthenticatedMedusaRequest<DismissTransferBody>, res: MedusaResponse) => {
  const { result } = await dismissIncomingTransferWorkflow(req.scope).run({
    input: { transfer_id: req.params.id, ...req.validatedBody, decided_by: req.auth_context.actor_id },
  })
  res.json({ transfer: result })
}
