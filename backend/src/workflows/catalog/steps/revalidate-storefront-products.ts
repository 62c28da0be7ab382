import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Tells the storefront to drop its cached product reads (tag "products") once cards are written, and
 * only if one changed: telling it before lets a page read in between cache the old card again (as
 * telling it on product.updated did). Every card writer ends with it: the card refresh and the listing
 * sync. If the storefront cannot be reached its reads still expire within their cache time, so a
 * failure is logged, not thrown. Last step: nothing to undo.
 */
export const revalidateStorefrontStep = createStep(
  "revalidate-storefront-products",
  async (input: { changed: number }, { container }) => {
    const url = process.env.STOREFRONT_URL
    const secret = process.env.REVALIDATE_SECRET
    if (!input.changed || !url || !secret) return new StepResponse(undefined)
    const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
    try {
      const response = await fetch(`${url}/api/revalidate`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-revalidate-secret": secret },
        body: JSON.stringify({ tags: ["products"] }),
        signal: AbortSignal.timeout(5_000),
      })
      if (!response.ok)
        logger.warn(`Storefront revalidation answered ${response.status}; product pages refresh within their cache time.`)
    } catch (error) {
      logger.warn(`Storefront revalidation failed (${(error as Error).message}); product pages refresh within their cache time.`)
    }
    return new StepResponse(undefined)
  }
)
