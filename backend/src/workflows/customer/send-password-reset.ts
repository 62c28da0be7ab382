import { transform, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { NoticeToQueue } from "../../modules/notice/types"
import { queueNoticesWorkflow } from "../notice/queue-notices"
import { hashOf } from "./steps/email-verification"
import { storefrontUrl } from "../../utils/storefront-url"

export const PASSWORD_RESET_TEMPLATE = "customer-password-reset" as const
/** Medusa's reset token lives 15 minutes (`generateResetPasswordTokenWorkflow`); the e-mail says so. */
export const RESET_LINK_MINUTES = 15

type PasswordResetRequested = { entity_id: string; actor_type: string; token: string }

/**
 * A shopper's "Quên mật khẩu" (issue 17): the e-mail with the storefront's link that sets a new password.
 * Medusa emits `auth.password_reset` only for a login that exists, so nothing is sent to a stranger's
 * address; the other actors' logins (producers, counters, the office) are not the shop's to answer.
 * The token is single-use: Medusa consumes it when the password is set.
 */
export const sendPasswordResetWorkflow = createWorkflow("send-customer-password-reset", (input: PasswordResetRequested) => {
  const notices = transform({ input }, ({ input }): NoticeToQueue[] => {
    if (input.actor_type !== "customer") return []
    const link = new URL("/tai-khoan/dat-lai-mat-khau", storefrontUrl())
    link.searchParams.set("token", input.token)
    link.searchParams.set("email", input.entity_id)
    return [
      {
        to: input.entity_id,
        template: PASSWORD_RESET_TEMPLATE,
        data: { email: input.entity_id, reset_url: link.toString(), expires_in_minutes: RESET_LINK_MINUTES },
        // One e-mail per request: each carries a token of its own.
        idempotency_key: `${PASSWORD_RESET_TEMPLATE}:${hashOf(input.token)}`,
      },
    ]
  })
  queueNoticesWorkflow.runAsStep({ input: { notices } })
  return new WorkflowResponse(notices)
})
