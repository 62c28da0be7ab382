/**
 * Re-applies the listing rule to every product: `medusa exec ./src/scripts/resync-listing.ts`.
 * For operations (after a bulk import or a restore) and for the catalog benchmark, which reads
 * the one JSON line it prints.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { syncListingWorkflow } from "../workflows/certification/sync-listing"

export default async function resyncListing({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id"] })
  const started = performance.now()
  const { result } = await syncListingWorkflow(container).run({ input: { product_ids: data.map((product) => product.id) } })
  const seconds = (performance.now() - started) / 1000
  const summary = {
    products: data.length,
    listed: result.add.length,
    delisted: result.remove.length,
    seconds: Number(seconds.toFixed(1)),
  }
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`listing re-sync ${JSON.stringify(summary)}`)
}
