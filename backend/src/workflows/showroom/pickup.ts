/**
 * "Nhận tại điểm bán": an online order collected at a showroom's counter. Medusa reserves an order's
 * stock at the locations of the cart's sales channel, so a pickup cart moves into the showroom's own
 * channel (whose only location is its shelf) and a home-delivery cart stays in, or goes back to, the
 * storefront channel, which never includes a showroom. Each showroom offers one free pickup option per
 * producer whose goods it has taken in (Medusa keeps one shipping method per shipping profile, and each
 * producer has its own).
 */
import type { IInventoryService, IRegionModuleService, MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"

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
  return (data as any[]).flatMap((showroom) => {
    if (!showroom.stock_location?.id || !showroom.sales_channel?.id) return []
    const counter = (showroom.stock_location.fulfillment_sets ?? []).find((set: any) => set?.type === "pickup")
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

/** What a cart takes from a shelf: units of each inventory item, over all its lines. */
export function cartNeeds(
  items: { quantity: number; variant?: { manage_inventory?: boolean | null; inventory_items?: { inventory_item_id: string; required_quantity: number }[] | null } | null }[]
): CartNeed[] {
  const needs = new Map<string, number>()
  for (const item of items) {
    if (!item.variant?.manage_inventory) continue
    for (const link of item.variant.inventory_items ?? []) {
      needs.set(link.inventory_item_id, (needs.get(link.inventory_item_id) ?? 0) + Number(item.quantity) * Number(link.required_quantity))
    }
  }
  return [...needs].map(([inventory_item_id, quantity]) => ({ inventory_item_id, quantity }))
}

/** The locations (of those given) whose shelves hold every unit the cart needs, not yet promised to others. */
export async function locationsHolding(container: MedusaContainer, needs: CartNeed[], locationIds: string[]): Promise<Set<string>> {
  if (!locationIds.length) return new Set()
  if (!needs.length) return new Set(locationIds)
  const levels = await container.resolve<IInventoryService>(Modules.INVENTORY).listInventoryLevels(
    { inventory_item_id: needs.map((need) => need.inventory_item_id), location_id: locationIds },
    { select: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"] }
  )
  const available = new Map(levels.map((l) => [`${l.location_id}:${l.inventory_item_id}`, Number(l.stocked_quantity) - Number(l.reserved_quantity)]))
  return new Set(locationIds.filter((location) => needs.every((need) => (available.get(`${location}:${need.inventory_item_id}`) ?? 0) >= need.quantity)))
}

/** The producers' shipping profiles a showroom has no pickup option for yet, among those of the given variants. */
const missingPickupOptionsStep = createStep(
  "missing-showroom-pickup-options",
  async (input: { showroom_id: string; variant_ids: string[] }, { container }) => {
    const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
    const { data: showrooms } = await query.graph({ entity: "showroom", fields: ["handle"], filters: { id: input.showroom_id } })
    const [point] = await pickupPoints(container, { handle: (showrooms[0] as any)?.handle })
    if (!point?.service_zone_id) return new StepResponse([])

    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["product.shipping_profile.id"],
      filters: { id: input.variant_ids },
    })
    const profileIds = new Set((variants as any[]).map((v) => v.product?.shipping_profile?.id).filter(Boolean) as string[])
    const { data: existing } = await query.graph({
      entity: "shipping_option",
      fields: ["shipping_profile_id"],
      filters: { service_zone_id: point.service_zone_id },
    })
    for (const option of existing as any[]) profileIds.delete(option.shipping_profile_id)
    if (!profileIds.size) return new StepResponse([])

    const [region] = await container.resolve<IRegionModuleService>(Modules.REGION).listRegions({ currency_code: "vnd" })
    return new StepResponse(
      [...profileIds].map((profileId) => ({
        name: `${PICKUP_NAME_PREFIX}${point.name}`,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: point.service_zone_id!,
        shipping_profile_id: profileId,
        type: { code: pickupCode(point.handle), label: `${PICKUP_NAME_PREFIX}${point.name}`, description: point.address },
        prices: [{ currency_code: "vnd", amount: 0 }, ...(region ? [{ region_id: region.id, amount: 0 }] : [])],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      }))
    )
  }
)

/** After a receipt: the showroom can hand the producers' goods it now holds to online shoppers. */
export const offerPickupWorkflow = createWorkflow(
  "offer-showroom-pickup",
  (input: { showroom_id: string; variant_ids: string[] }) => {
    const missing = missingPickupOptionsStep(input)
    when({ missing }, ({ missing }) => missing.length > 0).then(() => {
      createShippingOptionsWorkflow.runAsStep({ input: missing })
    })
    return new WorkflowResponse(transform({ missing }, ({ missing }) => missing.length))
  }
)
