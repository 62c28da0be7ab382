import type { MedusaContainer } from "@medusajs/framework/types"
import { DAY_MS } from "@ocop/contracts"
import { productsWithStandardsTakingEffect } from "../queries/published-standards"
import { refreshProductCardsWorkflow } from "../workflows/catalog/refresh-product-cards"
import { hourlyAt } from "../utils/job-schedule"

/**
 * A version published ahead of its effective day comes into force at midnight in Vietnam with no write
 * to follow: the product pages of the versions that took effect in the last day are rebuilt. Hourly and
 * over a day, so a missed run (a restart) is caught by the next; a rebuilt card equal to the stored one
 * is left alone.
 */
export default async function standardsTakeEffectJob(container: MedusaContainer) {
  const now = new Date()
  const productIds = await productsWithStandardsTakingEffect(container, new Date(now.getTime() - DAY_MS), now)
  if (productIds.length) await refreshProductCardsWorkflow(container).run({ input: { product_ids: productIds } })
}

export const config = {
  name: "standards-take-effect",
  schedule: hourlyAt(5),
}
