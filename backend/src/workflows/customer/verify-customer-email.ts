import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { attachGuestOrdersStep } from "./steps/attach-guest-orders"
import { markEmailVerifiedStep } from "./steps/email-verification"

/**
 * The e-mailed link opened: the account's e-mail is verified and the guest orders placed with it join the
 * account, in one workflow (a failure attaching puts the verification back, so the link can be used again).
 */
export const verifyCustomerEmailWorkflow = createWorkflow(
  "verify-customer-email",
  (input: { email: string; token: string; now: string }) => {
    const verified = markEmailVerifiedStep(input)
    const attached = attachGuestOrdersStep(verified)
    return new WorkflowResponse({ verified, attached })
  }
)
