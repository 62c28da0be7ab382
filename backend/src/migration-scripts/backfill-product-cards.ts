import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshProductCardsWorkflow } from "../workflows/catalog/refresh-product-cards"

/** Databases seeded before the catalog cards existed get theirs once, from the listing as it stands. */
export default async function backfillProductCards({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id"] })
  if (!data.length) return // a fresh database: the seed's listing sync writes the cards
  await refreshProductCardsWorkflow(container).run({ input: { product_ids: data.map((product) => product.id) } })
}
