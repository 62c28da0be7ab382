/**
 * Card payments through Stripe (issue 16) are on only when STRIPE_API_KEY is set. Without
 * STRIPE_WEBHOOK_SECRET Medusa cannot verify Stripe's events, so a shopper whose bank asked for 3-D
 * Secure and who closed the tab would be charged with no order: a production server refuses to start
 * so. STRIPE_API_BASE points the Stripe client at a stand-in HTTP server (the integration tests have no
 * way to reach api.stripe.com); in production it is refused, since it would send card payments elsewhere.
 */
export type StripeCardConfig = {
  apiKey: string
  webhookSecret: string | undefined
  /** The stand-in's address, e.g. http://127.0.0.1:12111; unset in real use. */
  apiBase: string | undefined
}

export function stripeCardConfig(env: NodeJS.ProcessEnv = process.env): StripeCardConfig | null {
  const apiKey = env.STRIPE_API_KEY?.trim()
  if (!apiKey) return null
  const webhookSecret = env.STRIPE_WEBHOOK_SECRET?.trim() || undefined
  const apiBase = env.STRIPE_API_BASE?.trim() || undefined
  const production = env.NODE_ENV === "production"
  if (production && !webhookSecret)
    throw new Error(
      "Refusing to start in production: STRIPE_API_KEY is set but STRIPE_WEBHOOK_SECRET is not. " +
        "Copy the signing secret (whsec_…) of the webhook endpoint /hooks/payment/stripe_stripe from Stripe's dashboard, or unset STRIPE_API_KEY to turn cards off."
    )
  if (apiBase) {
    if (production)
      throw new Error(
        "Refusing to start in production: STRIPE_API_BASE is set, which would send card payments to a server other than Stripe's. Unset it."
      )
    if (!/^https?:\/\/[^/]+\/?$/.test(apiBase))
      throw new Error(`STRIPE_API_BASE must be a bare http(s) address such as http://127.0.0.1:12111, not "${apiBase}".`)
  }
  return { apiKey, webhookSecret, apiBase }
}
