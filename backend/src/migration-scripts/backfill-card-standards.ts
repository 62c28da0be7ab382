import type { ExecArgs } from "@medusajs/framework/types"
import { rebuildEveryCard } from "../workflows/catalog/refresh-product-cards"

/** Cards written before the product page linked its published standards (issue 19) are rebuilt once. */
export default async function backfillCardStandards({ container }: ExecArgs) {
  await rebuildEveryCard(container)
}
