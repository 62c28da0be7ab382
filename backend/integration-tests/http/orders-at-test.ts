import type { HttpTypes, IInventoryService, MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"
import { type Api, placedOrder, readyCart, type Suite, seedDemoStore, demoRegionId } from "./demo-store"

/** A suite's seeded demo shop (filled in before its first test). */
export type Shop = {
  api: Api
  container: MedusaContainer
  sql: Knex
  storeHeaders: { headers: Record<string, string> }
  regionId: string
}

/**
 * Seeds the demo store before the suite's first test and gives its shop (filled in then, so read it
 * inside tests) with the order tools bound to it.
 */
export function demoShop({ api, getContainer }: Suite) {
  // The rest is filled in by the beforeAll below, before any test reads it.
  const shop = { api } as Shop
  beforeAll(async () => {
    const container = getContainer()
    shop.container = container
    shop.storeHeaders = await seedDemoStore(container)
    shop.regionId = await demoRegionId(container)
    shop.sql = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  })
  return { shop, ...orderTools(shop) }
}

/** Placing orders and reading what happened to them: their state, payment, producer parts and stock. */
function orderTools(shop: Shop) {
  const query = () => shop.container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const inventory = () => shop.container.resolve<IInventoryService>(Modules.INVENTORY)

  async function variantOf(handle: string) {
    const { data } = await query().graph({
      entity: "product",
      fields: ["variants.id", "variants.inventory_items.inventory_item_id"],
      filters: { handle },
    })
    const variant = data[0].variants![0]!
    return { id: variant.id, inventory_item_id: variant.inventory_items![0]!.inventory_item_id }
  }

  /** An order for home delivery of one packaging, paid with the given provider. */
  async function placeOrder(providerId: string, variantId: string, quantity: number) {
    const { api, storeHeaders, regionId } = shop
    const cartId = await readyCart(api, storeHeaders, regionId, [{ variant_id: variantId, quantity }], providerId)
    const { data } = await api.post<HttpTypes.StoreCompleteCartResponse>(`/store/carts/${cartId}/complete`, {}, storeHeaders)
    return placedOrder(data)
  }

  const reserved = async (inventoryItemId: string) =>
    (await inventory().listInventoryLevels({ inventory_item_id: inventoryItemId })).reduce(
      (sum, level) => sum + Number(level.reserved_quantity),
      0
    )
  const lineIdsOf = async (orderId: string) =>
    (await shop.sql("order_item").where({ order_id: orderId }).select("item_id")).map((row: { item_id: string }) => row.item_id)
  const reservationsOf = async (orderId: string) => inventory().listReservationItems({ line_item_id: await lineIdsOf(orderId) })
  const partsOf = async (orderId: string) =>
    (await shop.container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducerOrders({ order_id: orderId })).map(
      ({ id, status, cancel_reason, canceled_at, updated_at }) => ({ id, status, cancel_reason, canceled_at, updated_at })
    )

  async function orderState(orderId: string) {
    const { data } = await query().graph({
      entity: "order",
      fields: ["status", "updated_at", "payment_collections.status", "payment_collections.payments.canceled_at"],
      filters: { id: orderId },
    })
    const order = data[0]
    return {
      status: order.status,
      updated_at: order.updated_at,
      collection: order.payment_collections?.[0]?.status,
      payment_canceled: !!order.payment_collections?.[0]?.payments?.[0]?.canceled_at,
    }
  }

  return { variantOf, placeOrder, reserved, reservationsOf, partsOf, orderState }
}
