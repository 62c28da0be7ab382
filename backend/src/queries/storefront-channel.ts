import type { IStoreModuleService, MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

/** The storefront's sales channel (the store's default): where listed products and online carts live. */
export async function storefrontChannelId(container: MedusaContainer): Promise<string> {
  const [store] = await container
    .resolve<IStoreModuleService>(Modules.STORE)
    .listStores({}, { select: ["default_sales_channel_id"] })
  if (!store?.default_sales_channel_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "The store has no storefront sales channel to list products in.")
  }
  return store.default_sales_channel_id
}

/** The storefront's sales channel and the stock locations that serve it (producers' warehouses, never showrooms). */
export async function storefrontPlaces(
  container: MedusaContainer
): Promise<{ channel_id: string; online_locations: Set<string> }> {
  const channelId = await storefrontChannelId(container)
  const { data } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "sales_channel",
    fields: ["stock_locations.id"],
    filters: { id: channelId },
  })
  const locations = (data[0]?.stock_locations ?? []).flatMap((location) => (location?.id ? [location.id] : []))
  return { channel_id: channelId, online_locations: new Set(locations) }
}
