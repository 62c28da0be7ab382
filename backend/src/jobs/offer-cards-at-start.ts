import type { MedusaContainer } from "@medusajs/framework/types"
import { sweepsOnSchedule } from "../workflows/recovery/repair-after-crash"
import { offerCardsInVndRegions } from "../workflows/payment/offer-cards"

/**
 * Once, a few seconds after the server starts: a store seeded before Stripe was configured offers
 * cards from the first start with STRIPE_API_KEY set (the seed runs on the first start only).
 */
export default async function offerCardsAtStartJob(container: MedusaContainer) {
  if (sweepsOnSchedule()) await offerCardsInVndRegions(container)
}

export const config = { name: "offer-cards-at-start", schedule: { interval: 5_000, numberOfExecutions: 1 } }
