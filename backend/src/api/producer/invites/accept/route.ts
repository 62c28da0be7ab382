import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { loginEmail } from "../../../../queries/login-email"
import { acceptProducerInviteWorkflow } from "../../../../workflows/producer/accept-producer-invite"

export const POST = async (req: AuthenticatedMedusaRequest<{ token: string; name: string }>, res: MedusaResponse) => {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Tài khoản này đã thuộc một nhà sản xuất; hãy đăng nhập.")
  }
  const email = await loginEmail(req.scope.resolve(Modules.AUTH), req.auth_context.auth_identity_id)
  const { result } = await acceptProducerInviteWorkflow(req.scope).run({
    input: { ...req.validatedBody, email, auth_identity_id: req.auth_context.auth_identity_id },
  })
  res.json({ member: { id: result.id, email: result.email, name: result.name, role: result.role } })
}
