import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@ocop/contracts"
import Stripe from "stripe"
import { stripeCardConfig } from "../../../modules/stripe-card/config"

/**
 * Stripe's events at Medusa's /hooks/payment/stripe_stripe (issue 16). Medusa's route answers 200 to
 * anything and verifies the signature seconds later in a subscriber, where a forged or stale event
 * fails only as a stack trace in the log. Here it is refused at once: a 400 with a code, and one
 * warning line naming what was wrong. Verification is Stripe's own (signature and 5-minute tolerance),
 * over the raw body Medusa keeps for this route; the provider verifies again before acting.
 */
export function stripeSignatureRequired(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const secret = stripeCardConfig()?.webhookSecret
  if (!secret)
    return next(
      new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "Máy chủ này chưa bật nhận sự kiện thanh toán thẻ từ Stripe (STRIPE_API_KEY hoặc STRIPE_WEBHOOK_SECRET chưa được đặt).",
        ERROR_CODES.NOT_FOUND
      )
    )
  try {
    Stripe.webhooks.constructEvent(req.rawBody ?? "", req.headers["stripe-signature"] ?? "", secret)
  } catch (error) {
    req.scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Stripe webhook refused, nothing changed: ${error instanceof Error ? error.message : String(error)}`)
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Chữ ký sự kiện Stripe không hợp lệ hoặc đã quá hạn; sự kiện bị bỏ qua.",
        ERROR_CODES.WEBHOOK_SIGNATURE
      )
    )
  }
  next()
}
