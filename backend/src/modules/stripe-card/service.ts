import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import type { PaymentIntentOptions, StripeOptions } from "@medusajs/payment-stripe/dist/types"
import Stripe from "stripe"

export type StripeCardOptions = StripeOptions & { apiBase?: string }

/**
 * Medusa's own Stripe card provider (identifier "stripe", so `pp_stripe_stripe` and its webhook
 * /hooks/payment/stripe_stripe), unchanged but for one thing: its Stripe client can be pointed at a
 * stand-in server (STRIPE_API_BASE, see config.ts), which Medusa's provider cannot. Everything else,
 * VND as a zero-decimal currency included, is Medusa's code.
 */
export class StripeCardProviderService extends StripeProviderService {
  /** The checkout offers "international cards (Visa, Mastercard)": the Payment Element shows cards only. */
  get paymentIntentOptions(): PaymentIntentOptions {
    return { payment_method_types: ["card"] }
  }

  constructor(cradle: Record<string, unknown>, options: StripeCardOptions) {
    super(cradle, options)
    if (options.apiBase) {
      const base = new URL(options.apiBase)
      this.stripe_ = new Stripe(options.apiKey, {
        host: base.hostname,
        port: base.port || (base.protocol === "http:" ? 80 : 443),
        protocol: base.protocol === "http:" ? "http" : "https",
        // The stand-in answers at once or not at all: a retry would only hide a failing test.
        maxNetworkRetries: 0,
      })
    }
  }
}
