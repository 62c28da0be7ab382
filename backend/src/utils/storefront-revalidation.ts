import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Tells the storefront to drop its cached product reads (tag "products") so the next request
 * reads the catalog as it now is. Called only once the cards are written: telling it earlier
 * lets a request in between cache the old card again. If the storefront cannot be reached its
 * reads still expire within their cache time, so a failure is logged, not thrown.
 */
export async function revalidateStorefrontProducts(container: MedusaContainer) {
  const url = process.env.STOREFRONT_URL
  const secret = process.env.REVALIDATE_SECRET
  if (!url || !secret) return
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
