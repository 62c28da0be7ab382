import type { IPricingModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  type DeliveryFees,
  deliveryFees,
  type HomeDeliveryPriceSet,
  homeDeliveryPrices,
  homeDeliveryPriceSets,
} from "../../../queries/delivery-fees"

/**
 * Prices producers' home delivery options by the fee table (these fees, or the stored table): these
 * options (a producer just registered, or those a crash left unpriced), or every one. Undone by putting
 * back each price set's previous prices.
 */
export const priceHomeDeliveryStep = createStep(
  "price-home-delivery",
  async (input: { fees?: DeliveryFees; option_ids?: string[] }, { container }) => {
    const before = await homeDeliveryPriceSets(container, input.option_ids)
    const prices = homeDeliveryPrices(input.fees ?? (await deliveryFees(container)))
    const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
    await setPrices(
      pricing,
      before.map((set) => ({ ...set, prices }))
    )
    return new StepResponse(undefined, before)
  },
  async (before, { container }) => {
    if (before?.length) await setPrices(container.resolve<IPricingModuleService>(Modules.PRICING), before)
  }
)

async function setPrices(pricing: IPricingModuleService, sets: HomeDeliveryPriceSet[]) {
  for (const { price_set_id, prices } of sets) await pricing.updatePriceSets(price_set_id, { prices })
}
