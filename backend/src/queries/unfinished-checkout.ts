import type { IInventoryService, MedusaContainer, RemoteQueryEntryPoints, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules, PaymentSessionStatus } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../modules/producer"
import type ProducerModuleService from "../modules/producer/service"

type Order = RemoteQueryEntryPoints["order"]
type OrderLine = NonNullable<NonNullable<Order["items"]>[number]>

type StockToReserve = {
  id: string // the order line
  inventory_item_id: string
  required_quantity: number
  allow_backorder: boolean
  quantity: number
  location_ids: string[]
}

/** What complete-cart did not get to for this order, read from the database, not from the dead run. */
export type UnfinishedCheckout = {
  order_id: string
  cart_id: string
  cart_to_complete: boolean
  payment_collection_to_link: string | null
  stock_to_reserve: StockToReserve[]
  payment_session_to_authorize: string | null
  producer_parts_missing: boolean
  /** The products the order holds stock of: their cards show what is left. */
  product_ids: string[]
}

export const isFinished = (plan: UnfinishedCheckout) =>
  !plan.cart_to_complete &&
  !plan.payment_collection_to_link &&
  !plan.stock_to_reserve.length &&
  !plan.payment_session_to_authorize &&
  !plan.producer_parts_missing

/** Reads what is missing of an order a checkout placed for its cart (nothing, for a checkout that finished). */
export async function unfinishedCheckout(
  container: MedusaContainer,
  input: { order_id: string; cart_id: string }
): Promise<UnfinishedCheckout> {
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const [
    {
      data: [cart],
    },
    {
      data: [order],
    },
  ] = await Promise.all([
    query.graph({
      entity: "cart",
      fields: [
        "id",
        "completed_at",
        "payment_collection.id",
        "payment_collection.payment_sessions.id",
        "payment_collection.payment_sessions.status",
      ],
      filters: { id: input.cart_id },
    }),
    query.graph({
      entity: "order",
      fields: [
        "id",
        "sales_channel_id",
        "payment_collections.id",
        "items.id",
        // Filtered by id, Query leaves items.quantity empty unless the order item's own row is asked for.
        "items.detail.quantity",
        "items.product_id",
        "items.variant.manage_inventory",
        "items.variant.allow_backorder",
        "items.variant.inventory_items.inventory_item_id",
        "items.variant.inventory_items.required_quantity",
      ],
      filters: { id: input.order_id },
    }),
  ])
  const collection = cart?.payment_collection
  const sessions = (collection?.payment_sessions ?? []).filter((session) => session !== null)
  const authorized = sessions.some((session) => session.status === PaymentSessionStatus.AUTHORIZED)
  const linked = (order.payment_collections ?? []).some((pc) => pc !== null && pc.id === collection?.id)
  const parts = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducerOrders({ order_id: input.order_id }, { select: ["id"] })
  const plan: UnfinishedCheckout = {
    ...input,
    cart_to_complete: !cart?.completed_at,
    payment_collection_to_link: collection && !linked ? collection.id : null,
    stock_to_reserve: await stockToReserve(container, order),
    payment_session_to_authorize: authorized
      ? null
      : (sessions.find((s) => s.status === PaymentSessionStatus.PENDING)?.id ?? null),
    producer_parts_missing: !parts.length,
    product_ids: [...new Set((order.items ?? []).flatMap((item) => (item?.product_id ? [item.product_id] : [])))],
  }
  return plan
}

/**
 * The order's lines whose stock holds no reservation yet, each at the order's channel location that
 * has the most of it free (what complete-cart's inventory check would have picked).
 */
async function stockToReserve(container: MedusaContainer, order: Order): Promise<StockToReserve[]> {
  const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const lines = (order.items ?? []).filter(
    (item): item is OrderLine & { variant: NonNullable<OrderLine["variant"]> } => !!item?.variant?.manage_inventory
  )
  if (!lines.length) return []
  const held = await inventory.listReservationItems(
    { line_item_id: lines.map((line) => line.id) },
    { select: ["line_item_id", "inventory_item_id"] }
  )
  const isHeld = new Set(held.map((r) => `${r.line_item_id}/${r.inventory_item_id}`))
  // An order outside any sales channel has no location to reserve at.
  const channel = order.sales_channel_id
    ? (await query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: order.sales_channel_id } }))
        .data[0]
    : undefined
  const channelLocations = new Set((channel?.stock_locations ?? []).flatMap((location) => (location ? [location.id] : [])))
  const wanted = lines.flatMap((line) =>
    (line.variant.inventory_items ?? [])
      .filter((link) => link !== null)
      .filter((link) => !isHeld.has(`${line.id}/${link.inventory_item_id}`))
      .map((link) => ({ line, link }))
  )
  if (!wanted.length) return []
  const levels = await inventory.listInventoryLevels(
    { inventory_item_id: wanted.map(({ link }) => link.inventory_item_id) },
    { select: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"] }
  )
  const free = (level: (typeof levels)[number]) =>
    MathBN.convert(level.stocked_quantity).minus(MathBN.convert(level.reserved_quantity)).toNumber()
  return wanted.map(({ line, link }) => {
    const locations = levels
      .filter((level) => level.inventory_item_id === link.inventory_item_id && channelLocations.has(level.location_id))
      .sort((a, b) => free(b) - free(a))
    return {
      id: line.id,
      inventory_item_id: link.inventory_item_id,
      required_quantity: MathBN.convert(link.required_quantity).toNumber(),
      allow_backorder: Boolean(line.variant.allow_backorder),
      quantity: MathBN.convert(line.detail.quantity).toNumber(),
      location_ids: locations.map((level) => level.location_id),
    }
  })
}
