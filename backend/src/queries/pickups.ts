/**
 * "Nhận tại điểm bán": an online order collected at a showroom's counter. Medusa reserves an order's
 * stock at the locations of the cart's sales channel, so a pickup cart moves into the showroom's own
 * channel (whose only location is its shelf) and a home-delivery cart stays in, or goes back to, the
 * storefront channel, which never includes a showroom. Each showroom offers one free pickup option per
 * producer whose goods it has taken in (Medusa keeps one shipping method per shipping profile, and each
 * producer has its own).
 */
import type { IInventoryService, MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { LINE_QUANTITY_FIELD } from "./order-lines"
import { showroomPlaces } from "./showroom-places"

const PICKUP_PREFIX = "pickup:"
/** Every pickup option, and so every pickup shipping method, is named "Nhận tại <showroom>". */
export const PICKUP_NAME_PREFIX = "Nhận tại "

/** The delivery-kind code of collecting at a showroom, e.g. "pickup:cho-ha-tinh". */
export const pickupCode = (showroomHandle: string) => `${PICKUP_PREFIX}${showroomHandle}`

/** The showroom handle a pickup code names, or null for a home-delivery code. */
export const pickupHandle = (code: string) => (code.startsWith(PICKUP_PREFIX) ? code.slice(PICKUP_PREFIX.length) : null)

export type PickupPoint = {
  showroom_id: string
  handle: string
  name: string
  address: string
  province: string
  opening_hours: string
  location_id: string
  sales_channel_id: string
  service_zone_id: string | null
}

/** Open showrooms with a shelf, a counter channel and a pickup counter. */
export async function pickupPoints(container: MedusaContainer, filters: { handle?: string } = {}): Promise<PickupPoint[]> {
  const { data } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "showroom",
    fields: [
      "id",
      "handle",
      "name",
      "address",
      "province",
      "opening_hours",
      "stock_location.id",
      "stock_location.fulfillment_sets.type",
      "stock_location.fulfillment_sets.service_zones.id",
      "sales_channel.id",
    ],
    filters: { active: true, ...filters },
  })
  return data.flatMap((showroom) => {
    if (!showroom.stock_location?.id || !showroom.sales_channel?.id) return []
    const counter = (showroom.stock_location.fulfillment_sets ?? []).find((set) => set?.type === "pickup")
    return [
      {
        showroom_id: showroom.id,
        handle: showroom.handle,
        name: showroom.name,
        address: showroom.address,
        province: showroom.province,
        opening_hours: showroom.opening_hours,
        location_id: showroom.stock_location.id,
        sales_channel_id: showroom.sales_channel.id,
        service_zone_id: counter?.service_zones?.[0]?.id ?? null,
      },
    ]
  })
}

export type CartNeed = { inventory_item_id: string; quantity: number }

/** A cart line as `cartNeeds` reads it (Query answers null for a link whose record is gone). */
export type LineOfCart = {
  quantity: number
  variant?: {
    manage_inventory?: boolean | null
    inventory_items?: ({ inventory_item_id: string; required_quantity: number } | null)[] | null
  } | null
}

/** What a cart takes from a shelf: units of each inventory item, over all its lines. */
export function cartNeeds(items: LineOfCart[]): CartNeed[] {
  const needs = new Map<string, number>()
  for (const item of items) {
    if (!item.variant?.manage_inventory) continue
    for (const link of item.variant.inventory_items ?? []) {
      if (!link) continue
      needs.set(
        link.inventory_item_id,
        (needs.get(link.inventory_item_id) ?? 0) + Number(item.quantity) * Number(link.required_quantity)
      )
    }
  }
  return [...needs].map(([inventory_item_id, quantity]) => ({ inventory_item_id, quantity }))
}

/** The locations (of those given) whose shelves hold every unit the cart needs, not yet promised to others. */
export async function locationsHolding(
  container: MedusaContainer,
  needs: CartNeed[],
  locationIds: string[]
): Promise<Set<string>> {
  if (!locationIds.length) return new Set()
  if (!needs.length) return new Set(locationIds)
  const levels = await container
    .resolve<IInventoryService>(Modules.INVENTORY)
    .listInventoryLevels(
      { inventory_item_id: needs.map((need) => need.inventory_item_id), location_id: locationIds },
      { select: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"] }
    )
  const available = new Map(
    levels.map((l) => [`${l.location_id}:${l.inventory_item_id}`, Number(l.stocked_quantity) - Number(l.reserved_quantity)])
  )
  return new Set(
    locationIds.filter((location) =>
      needs.every((need) => (available.get(`${location}:${need.inventory_item_id}`) ?? 0) >= need.quantity)
    )
  )
}

export const PICKUP_ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "email",
  "total",
  "currency_code",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "items.id",
  "items.title",
  "items.variant_title",
  "items.variant_id",
  "items.variant_sku",
  "items.unit_price",
  `items.${LINE_QUANTITY_FIELD}`,
  "fulfillments.id",
]

/**
 * Online orders waiting at a showroom's counter: placed from a cart in its channel and not yet handed
 * over (counter sales are written completed, so they never show here). Oldest first.
 */
export async function awaitingPickup(container: MedusaContainer, showroomId: string, orderId?: string) {
  const { sales_channel_id } = await showroomPlaces(container, showroomId)
  const { data } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: PICKUP_ORDER_FIELDS,
    filters: { sales_channel_id, status: "pending", ...(orderId ? { id: orderId } : {}) },
    pagination: { order: { created_at: "ASC" } },
  })
  return data.filter((order) => !(order.fulfillments ?? []).length)
}
