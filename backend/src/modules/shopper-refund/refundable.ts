import type { RefundMethod } from "@ocop/contracts"
import { BANK_TRANSFER_PROVIDER_ID } from "../bank-transfer"

/** Medusa's system provider: cash on delivery, or at the showroom counter for a pickup. */
export const CASH_PROVIDER_ID = "pp_system_default"

/** How the money goes back: the way it came in. Every other provider is a card provider (Stripe). */
export function refundMethod(providerId: string): RefundMethod {
  if (providerId === CASH_PROVIDER_ID) return "cash"
  if (providerId === BANK_TRANSFER_PROVIDER_ID) return "bank_transfer"
  return "card"
}

/**
 * What the shopper has paid for one producer's part, in đồng. A card or transfer is captured for the
 * whole order at once, so every part is paid once the payment is captured. Cash is captured part by
 * part as each parcel is delivered, or for the whole order when a showroom hands a pickup over.
 */
export function paidForPart(part: {
  method: RefundMethod
  amount: number
  status: string
  payment_captured: boolean
  pickup: boolean
}): number {
  if (part.method !== "cash") return part.payment_captured ? part.amount : 0
  return part.status === "delivered" || (part.pickup && part.payment_captured) ? part.amount : 0
}

/** Its refunds' total, so a part is never refunded more than was paid for it. */
export const refundedTotal = (refunds: { amount: number | string | { toString(): string } }[]) =>
  refunds.reduce((sum, refund) => sum + Number(refund.amount), 0)
