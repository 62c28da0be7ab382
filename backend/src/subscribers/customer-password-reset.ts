import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendPasswordResetWorkflow } from "../workflows/customer/send-password-reset"

/** A reset link was asked for (`POST /auth/customer/emailpass/reset-password`): e-mail it. */
export default async function sendPasswordReset({
  event,
  container,
}: SubscriberArgs<{ entity_id: string; actor_type: string; token: string }>) {
  await sendPasswordResetWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
