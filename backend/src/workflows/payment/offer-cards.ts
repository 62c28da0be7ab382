import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { STRIPE_CARD_PROVIDER_ID } from "../../modules/stripe-card"
import { vndRegionProviders } from "../../queries/vnd-region-providers"

/**
 * Once Stripe is configured (the card provider is registered), every region selling in đồng offers
 * cards beside what it already offers: at the seed, and at each start for a store seeded before
 * (jobs/offer-cards-at-start.ts). A region that has cards is left alone, so running it again changes
 * nothing. Returns the regions that got cards.
 */
export async function offerCardsInVndRegions(container: MedusaContainer): Promise<string[]> {
  const [cards] = await container
    .resolve(Modules.PAYMENT)
    .listPaymentProviders({ id: STRIPE_CARD_PROVIDER_ID, is_enabled: true }, { select: ["id"] })
  if (!cards) return []
  const lacking = (await vndRegionProviders(container)).filter((region) => !region.payment_provider_ids.includes(cards.id))
  for (const region of lacking)
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: region.id }, update: { payment_providers: [...region.payment_provider_ids, cards.id] } },
    })
  return lacking.map((region) => region.id)
}
