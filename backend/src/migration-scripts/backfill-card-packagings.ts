import type { ExecArgs } from "@medusajs/framework/types"
import { CATALOG_MODULE } from "../modules/catalog"
import type CatalogModuleService from "../modules/catalog/service"
import { refreshProductCardsWorkflow } from "../workflows/catalog/refresh-product-cards"

/** Products per rebuild: one workflow's cards stay a few MB however large the catalog. */
const CHUNK = 1000

/** Cards written before they carried their packagings are rebuilt once, from the listing as it stands. */
export default async function backfillCardPackagings({ container }: ExecArgs) {
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE)
  let after = ""
  for (;;) {
    const cards = await catalog.listProductCards({ id: { $gt: after } }, { take: CHUNK, order: { id: "ASC" }, select: ["id"] })
    if (!cards.length) return
    after = cards[cards.length - 1].id
    await refreshProductCardsWorkflow(container).run({ input: { product_ids: cards.map((card) => card.id) } })
  }
}
