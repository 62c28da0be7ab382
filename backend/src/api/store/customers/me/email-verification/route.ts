import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestEmailVerificationWorkflow } from "../../../../../workflows/customer/request-email-verification"

/** (Re)sends the logged-in customer's verification e-mail; `sent: false` once the e-mail is verified. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await requestEmailVerificationWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, now: new Date().toISOString() },
  })
  res.json(result)
}
