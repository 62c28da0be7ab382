import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IInventoryService, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { ShowroomStocking } from "@ocop/contracts"
import { PUBLIC_SHOWROOM_FIELDS } from "../../../../../queries/public-showroom"

/** "Có bán tại": the open showrooms that have this product on the shelf now, with which packagings. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const [{ data: products }, { data: showrooms }] = await Promise.all([
    query.graph({
      entity: "product",
      fields: ["variants.id", "variants.title", "variants.inventory_items.inventory_item_id"],
      filters: { id: req.params.id },
    }),
    query.graph({
      entity: "showroom",
      fields: [...PUBLIC_SHOWROOM_FIELDS, "active", "stock_location.id"],
      filters: { active: true },
    }),
  ])
  if (!products[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy sản phẩm này: có thể nó đã ngừng bán.")
  const itemToVariant = new Map(
    (products[0].variants ?? []).flatMap((v) => {
      const itemId = v.inventory_items?.[0]?.inventory_item_id
      return itemId ? [[itemId, v.title] as const] : []
    })
  )
  const locations = showrooms.map((s) => s.stock_location?.id).filter((id): id is string => !!id)
  const levels =
    itemToVariant.size && locations.length
      ? await req.scope
          .resolve<IInventoryService>(Modules.INVENTORY)
          .listInventoryLevels({ inventory_item_id: [...itemToVariant.keys()], location_id: locations })
      : []
  res.json({
    showrooms: showrooms.flatMap((showroom): ShowroomStocking[] => {
      const packagings = levels
        .filter((level) => level.location_id === showroom.stock_location?.id && Number(level.available_quantity) > 0)
        .map((level) => itemToVariant.get(level.inventory_item_id)!)
      if (!packagings.length) return []
      const { stock_location, active, ...fields } = showroom
      return [{ ...fields, packagings }]
    }),
  })
}
