import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { loginEmail } from "../../../queries/login-email"
import { createProducerWorkflow } from "../../../workflows/producer/create-producer"
import type { RegisterProducerBody } from "@ocop/contracts/schemas"

/**
 * A new producer signs up: the logged-in (still unregistered) identity becomes the owner of a
 * pending producer. The office approves it before anything is sold.
 */
export const POST = async (req: AuthenticatedMedusaRequest<RegisterProducerBody>, res: MedusaResponse) => {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Tài khoản này đã thuộc một nhà sản xuất; hãy đăng nhập.")
  }
  const email = await loginEmail(req.scope.resolve(Modules.AUTH), req.auth_context.auth_identity_id)
  const { result } = await createProducerWorkflow(req.scope).run({
    input: {
      producer: req.validatedBody.producer,
      owner: { email, name: req.validatedBody.member.name, auth_identity_id: req.auth_context.auth_identity_id },
    },
  })
  res.status(201).json({ producer: result.producer, member: result.owner })
}
