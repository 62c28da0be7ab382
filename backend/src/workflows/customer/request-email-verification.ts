import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { NoticeToQueue } from "../../modules/notice/types"
import { queueNoticesWorkflow } from "../notice/queue-notices"
import { storefrontUrl } from "../../utils/storefront-url"
import { hashOf, issueVerificationTokenStep } from "./steps/email-verification"

export const EMAIL_VERIFICATION_TEMPLATE = "customer-email-verification" as const

/**
 * After registering (and again on "Gửi lại"): the e-mail whose link proves the shopper reads that
 * address. Until then no guest order placed with it is attached to the account. Nothing once verified.
 */
export const requestEmailVerificationWorkflow = createWorkflow(
  "request-customer-email-verification",
  (input: { customer_id: string; now: string }) => {
    const issued = issueVerificationTokenStep(input)
    const notices = transform({ issued, input }, ({ issued, input }): NoticeToQueue[] => {
      if (!issued) return []
      const link = new URL("/tai-khoan/xac-minh-email", storefrontUrl())
      link.searchParams.set("token", issued.token)
      link.searchParams.set("email", issued.email)
      return [
        {
          to: issued.email,
          template: EMAIL_VERIFICATION_TEMPLATE,
          data: { email: issued.email, verify_url: link.toString() },
          // One e-mail per link issued ("Gửi lại" issues a new one).
          idempotency_key: `${EMAIL_VERIFICATION_TEMPLATE}:${hashOf(issued.token)}`,
          resource_type: "customer",
          resource_id: input.customer_id,
        },
      ]
    })
    queueNoticesWorkflow.runAsStep({ input: { notices } })
    return new WorkflowResponse(transform({ issued }, ({ issued }) => ({ sent: !!issued })))
  }
)
