import type { MedusaContainer, RemoteQueryEntryPoints, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { deliveryChoices, type CartShippingOption, type DeliveryChoice } from "./delivery-choices"
import { cartNeeds, type LineOfCart, locationsHolding, pickupHandle, pickupPoints, type PickupPoint } from "./pickups"
import { storefrontPlaces } from "./storefront-channel"

export const CART_DELIVERY_FIELDS = [
  "id",
  "sales_channel_id",
  "currency_code",
  "region_id",
  "shipping_methods.shipping_option_id",
  "shipping_address.country_code",
  "shipping_address.province",
  "shipping_address.city",
  "shipping_address.postal_code",
  "items.quantity",
  "items.product.shipping_profile.id",
  "items.variant.manage_inventory",
  "items.variant.inventory_items.inventory_item_id",
  "items.variant.inventory_items.required_quantity",
]

export type CartForDelivery = {
  id: string
  sales_channel_id: string | null
  currency_code: string
  region_id: string | null
  shipping_methods?: ({ shipping_option_id?: string | null } | null)[] | null
  shipping_address?: {
    country_code?: string | null
    province?: string | null
    city?: string | null
    postal_code?: string | null
  } | null
  items?: ((LineOfCart & { product?: { shipping_profile?: { id: string } | null } | null }) | null)[] | null
}

/** The shipping profile of each line item: one parcel per producer. */
export function parcelProfileIds(cart: CartForDelivery) {
  return (cart.items ?? []).map((item) => item?.product?.shipping_profile?.id).filter((id): id is string => Boolean(id))
}

export async function cartForDelivery(container: MedusaContainer, cartId: string): Promise<CartForDelivery> {
  const { data } = await container
    .resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "cart", fields: CART_DELIVERY_FIELDS, filters: { id: cartId } }, { throwIfKeyNotFound: true })
  return data[0]
}

const needsOf = (cart: CartForDelivery) => cartNeeds((cart.items ?? []).filter((item) => item !== null))

/** Where a delivery kind puts the cart: the storefront channel, or for a pickup the showroom's counter channel. */
export async function deliveryChannel(
  container: MedusaContainer,
  cart: CartForDelivery,
  code: string
): Promise<{ sales_channel_id: string; pickup: PickupPoint | null }> {
  const handle = pickupHandle(code)
  if (handle === null) return { sales_channel_id: (await storefrontPlaces(container)).channel_id, pickup: null }
  const [point] = await pickupPoints(container, { handle })
  if (!point)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Điểm bán này không nhận đơn đặt trước. Vui lòng chọn cách nhận hàng khác."
    )
  const holding = await locationsHolding(container, needsOf(cart), [point.location_id])
  if (!holding.has(point.location_id)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${point.name} không còn đủ hàng cho giỏ hàng này. Vui lòng chọn giao tận nơi hoặc điểm bán khác.`
    )
  }
  return { sales_channel_id: point.sales_channel_id, pickup: point }
}

/**
 * A shipping option with the price Medusa calculates for the cart's context: "calculated_price" is a
 * field of its price set link, which Medusa's generated types leave out.
 */
type PricedShippingOption = RemoteQueryEntryPoints["shipping_option"] & {
  calculated_price?: { calculated_amount?: number | null } | null
}

/** Whether a rule sets the attribute to the value (a rule's value is JSON; these are the strings "true"/"false"). */
const ruleSays = (rules: { attribute: string; value: unknown }[], attribute: string, value: string) =>
  rules.some((rule) => rule.attribute === attribute && rule.value === value)

/**
 * The options at these locations, each with its fee for this cart as Medusa prices it when the cart lists
 * its own options: the cart's currency, region and shipping address in the pricing context, so the office's
 * price for the cart's province applies, else the flat one. Read here rather than through Medusa's listing
 * because that lists only the cart's current channel, and a cart is offered the showrooms' too.
 */
async function optionsAt(
  container: MedusaContainer,
  locationIds: string[],
  cart: CartForDelivery
): Promise<(CartShippingOption & { location_id: string })[]> {
  if (!locationIds.length) return []
  const pricing = QueryContext({
    currency_code: cart.currency_code,
    region_id: cart.region_id,
    shipping_address: cart.shipping_address ?? {},
  })
  const { data } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "stock_location",
    fields: [
      "id",
      "fulfillment_sets.service_zones.shipping_options.id",
      "fulfillment_sets.service_zones.shipping_options.name",
      "fulfillment_sets.service_zones.shipping_options.shipping_profile_id",
      "fulfillment_sets.service_zones.shipping_options.type.code",
      "fulfillment_sets.service_zones.shipping_options.type.label",
      "fulfillment_sets.service_zones.shipping_options.type.description",
      "fulfillment_sets.service_zones.shipping_options.rules.attribute",
      "fulfillment_sets.service_zones.shipping_options.rules.value",
      "fulfillment_sets.service_zones.shipping_options.calculated_price.calculated_amount",
    ],
    filters: { id: locationIds },
    context: { fulfillment_sets: { service_zones: { shipping_options: { calculated_price: pricing } } } },
  })
  return data.flatMap((location) =>
    (location.fulfillment_sets ?? []).flatMap((set) =>
      (set?.service_zones ?? []).flatMap((zone) =>
        (zone?.shipping_options ?? []).flatMap((option: PricedShippingOption | null) => {
          const rules = option?.rules ?? []
          const forShoppers = !ruleSays(rules, "is_return", "true") && !ruleSays(rules, "enabled_in_store", "false")
          const amount = option?.calculated_price?.calculated_amount
          if (!option?.type?.code || !forShoppers || amount == null) return []
          return [
            {
              id: option.id,
              name: option.name,
              amount: Number(amount),
              shipping_profile_id: option.shipping_profile_id,
              type: option.type,
              location_id: location.id,
            },
          ]
        })
      )
    )
  )
}

export type DeliveryOffer = DeliveryChoice & {
  /** The shopper's current choice for this cart. */
  selected: boolean
  /** For "Nhận tại điểm bán": where and when to collect. */
  pickup: { handle: string; name: string; address: string; province: string; opening_hours: string } | null
}

/**
 * Every way this cart can reach the shopper, whichever channel it is in now: delivery from the producers'
 * warehouses, and collection at each open showroom whose shelf holds the whole cart.
 */
export async function deliveryOffers(container: MedusaContainer, cartId: string): Promise<DeliveryOffer[]> {
  const cart = await cartForDelivery(container, cartId)
  const [{ online_locations }, points] = await Promise.all([storefrontPlaces(container), pickupPoints(container)])
  const holding = await locationsHolding(
    container,
    needsOf(cart),
    points.map((point) => point.location_id)
  )
  const open = points.filter((point) => holding.has(point.location_id))
  const options = await optionsAt(container, [...online_locations, ...open.map((point) => point.location_id)], cart)
  const chosen = new Set((cart.shipping_methods ?? []).map((method) => method?.shipping_option_id).filter(Boolean))
  const pointsByHandle = new Map(open.map((point) => [point.handle, point]))

  return deliveryChoices(parcelProfileIds(cart), options).flatMap((choice): DeliveryOffer[] => {
    const handle = pickupHandle(choice.code)
    const point = handle === null ? null : pointsByHandle.get(handle)
    if (handle !== null && !point) return []
    return [
      {
        ...choice,
        selected: choice.parcels.length > 0 && choice.parcels.every((parcel) => chosen.has(parcel.option_id)),
        pickup: point
          ? {
              handle: point.handle,
              name: point.name,
              address: point.address,
              province: point.province,
              opening_hours: point.opening_hours,
            }
          : null,
      },
    ]
  })
}
