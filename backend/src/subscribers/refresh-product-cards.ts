import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { IInventoryService, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { refreshProductCardsWorkflow } from "../workflows/catalog/refresh-product-cards"

type Ids = { id: string | string[] }

/** The products an event touches: cards show title, price and stock, which change outside the listing sync. */
async function productsTouched(name: string, data: Ids, query: RemoteQueryFunction, inventory: IInventoryService) {
  const ids = [data.id].flat()
  if (name.startsWith("product.")) return ids
  if (name.startsWith("product-variant.")) {
    const { data: variants } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: ids } })
    return variants.map((variant: any) => variant.product_id)
  }
  if (name.startsWith("inventory-level.")) {
    const levels = await inventory.listInventoryLevels({ id: ids }, { select: ["inventory_item_id"] })
    const { data: items } = await query.graph({
      entity: "inventory_item",
      fields: ["variants.product_id"],
      filters: { id: levels.map((level) => level.inventory_item_id) },
    })
    return items.flatMap((item: any) => (item.variants ?? []).map((variant: any) => variant?.product_id))
  }
  // order.placed / order.canceled: reservations change what is in stock.
  const { data: orders } = await query.graph({ entity: "order", fields: ["items.product_id"], filters: { id: ids } })
  return orders.flatMap((order: any) => (order.items ?? []).map((item: any) => item?.product_id))
}

export default async function refreshProductCards({ event, container }: SubscriberArgs<Ids>) {
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
  const productIds = (await productsTouched(event.name, event.data, query, inventory)).filter(Boolean)
  if (productIds.length) await refreshProductCardsWorkflow(container).run({ input: { product_ids: productIds } })
}

export const config: SubscriberConfig = {
  event: [
    "product.updated",
    "product-variant.created",
    "product-variant.updated",
    "inventory-level.created",
    "inventory-level.updated",
    "order.placed",
    "order.canceled",
  ],
}
