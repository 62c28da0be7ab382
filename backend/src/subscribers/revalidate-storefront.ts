import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LISTING_CHANGED_EVENT } from "../workflows/certification/sync-listing"

/**
 * The storefront caches product pages for a few seconds; when a product leaves (or joins) the
 * listing, or a producer edits it or a price, it is told to drop them at once: a revoked
 * product's page answers 404 and a new price shows immediately.
 */
export default async function revalidateStorefront({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  const url = process.env.STOREFRONT_URL
  const secret = process.env.REVALIDATE_SECRET
  if (!url || !secret || !event.data.id?.length) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const response = await fetch(`${url}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": secret },
      body: JSON.stringify({ tags: ["products"] }),
      signal: AbortSignal.timeout(5_000),
    })
    if (!response.ok) logger.warn(`Storefront revalidation answered ${response.status}; product pages refresh within their cache time.`)
  } catch (error) {
    logger.warn(`Storefront revalidation failed (${(error as Error).message}); product pages refresh within their cache time.`)
  }
}

export const config: SubscriberConfig = {
  event: [LISTING_CHANGED_EVENT, "product.updated", "product-variant.updated", "product-variant.created"],
}
