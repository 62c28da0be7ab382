import type { ExecArgs } from "@medusajs/framework/types"
import { rebuildEveryCard } from "../workflows/catalog/refresh-product-cards"

/** Cards written before they carried their product page (`detail`) are rebuilt once. */
export default async function backfillCardDetails({ container }: ExecArgs) {
  await rebuildEveryCard(container)
}
