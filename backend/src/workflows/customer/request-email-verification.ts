import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { storefrontUrl } from "../../utils/storefront-url"
import { issueVerificationTokenStep } from "./steps/email-verification"

export const EMAIL_VERIFICATION_TEMPLATE = "customer-email-verification"

/**
 * After registering (and again on "Gửi lại"): the e-mail whose link proves the shopper reads that
 * address. Until then no guest order placed with it is attached to the account. Nothing once verified.
 */
export const requestEmailVerificationWorkflow = createWorkflow(
  "request-customer-email-verification",
  (input: { customer_id: string; now: string }) => {
    const issued = issueVerificationTokenStep(input)
    const notices = transform({ issued }, ({ issued }) => {
      if (!issued) return []
      const link = new URL("/tai-khoan/xac-minh-email", storefrontUrl())
      link.searchParams.set("token", issued.token)
      link.searchParams.set("email", issued.email)
      return [
        {
          to: issued.email,
          channel: "email",
          template: EMAIL_VERIFICATION_TEMPLATE,
          data: { email: issued.email, verify_url: link.toString() },
          trigger_type: "customer.email_verification",
        },
      ]
    })
    sendNotificationsStep(notices)
    return new WorkflowResponse(transform({ issued }, ({ issued }) => ({ sent: !!issued })))
  }
)
