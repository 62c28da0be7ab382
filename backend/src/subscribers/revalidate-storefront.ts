import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { revalidateStorefrontProducts } from "../utils/storefront-revalidation"
import { LISTING_CHANGED_EVENT } from "../workflows/certification/sync-listing"

/**
 * A product leaving (or joining) the listing must show at once: a revoked product's page answers
 * 404. The listing sync has written the cards when it emits this event. Edits, prices and stock
 * reach the storefront from the card refresh (subscribers/refresh-product-cards.ts) instead,
 * after their cards are rewritten.
 */
export default async function revalidateStorefront({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  if (!event.data.id?.length) return
  await revalidateStorefrontProducts(container)
}

export const config: SubscriberConfig = {
  event: LISTING_CHANGED_EVENT,
}
