import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { VerifyEmailBody } from "@ocop/contracts/schemas"
import { verifyCustomerEmailWorkflow } from "../../../../workflows/customer/verify-customer-email"

/** The verification link's e-mail and token (no login needed: the link may be opened on another device). */
export const POST = async (req: MedusaRequest<VerifyEmailBody>, res: MedusaResponse) => {
  const { email, token } = req.validatedBody
  const { result } = await verifyCustomerEmailWorkflow(req.scope).run({ input: { email, token, now: new Date().toISOString() } })
  res.json({ verified: true, attached_orders: result.attached.length })
}
