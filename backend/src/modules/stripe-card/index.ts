import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { StripeCardProviderService } from "./service"

/** Registered under the payment module as id "stripe" (only when STRIPE_API_KEY is set): `pp_stripe_stripe`. */
export const STRIPE_CARD_PROVIDER_ID = "pp_stripe_stripe"

export default ModuleProvider(Modules.PAYMENT, { services: [StripeCardProviderService] })
