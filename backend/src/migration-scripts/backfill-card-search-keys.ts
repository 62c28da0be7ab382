import type { ExecArgs } from "@medusajs/framework/types"
import { rebuildEveryCard } from "../workflows/catalog/refresh-product-cards"

/** Cards written before they carried the dialect key of their text (`search_key`) are rebuilt once. */
export default async function backfillCardSearchKeys({ container }: ExecArgs) {
  await rebuildEveryCard(container)
}
