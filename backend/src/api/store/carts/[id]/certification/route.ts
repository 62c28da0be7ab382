import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { unsellablePackagings } from "../../../../../queries/sellable-packaging"

/** The cart lines that can no longer be ordered (certificate revoked, suspended or lapsed since added). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph(
    { entity: "cart", fields: ["id", "items.id", "items.variant_id"], filters: { id: req.params.id } },
    { throwIfKeyNotFound: true }
  )
  const items = (carts[0].items ?? []) as { id: string; variant_id: string }[]
  const refused = await unsellablePackagings(
    req.scope,
    items.map((item) => item.variant_id)
  )
  res.json({
    blocked_lines: refused.flatMap((variant) =>
      items.filter((item) => item.variant_id === variant.variant_id).map((item) => ({ line_item_id: item.id, ...variant }))
    ),
  })
}
