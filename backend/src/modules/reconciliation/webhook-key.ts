import { MIN_SECRET_LENGTH } from "../../utils/secrets"

/**
 * The key SePay sends as `Authorization: Apikey <key>` (issue 16). Unset, the webhook is off (its
 * route answers 503). Anyone who knows it can mark orders paid, so a production server refuses to
 * start with a key shorter than a signing secret.
 */
export function sepayWebhookKey(env: NodeJS.ProcessEnv = process.env): string | null {
  const key = env.SEPAY_WEBHOOK_KEY?.trim()
  if (!key) return null
  if (env.NODE_ENV === "production" && key.length < MIN_SECRET_LENGTH)
    throw new Error(
      `Refusing to start in production: SEPAY_WEBHOOK_KEY is ${key.length} characters long (at least ${MIN_SECRET_LENGTH} are needed). ` +
        "Set it to a random value (e.g. `openssl rand -hex 32`) and the same key in SePay's webhook, or unset it to turn the webhook off."
    )
  return key
}
