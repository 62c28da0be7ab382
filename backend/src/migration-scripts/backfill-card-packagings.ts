import type { ExecArgs } from "@medusajs/framework/types"
import { rebuildEveryCard } from "../workflows/catalog/refresh-product-cards"

/** Cards written before they carried their packagings are rebuilt once, from the listing as it stands. */
export default async function backfillCardPackagings({ container }: ExecArgs) {
  await rebuildEveryCard(container)
}
