import type { IPricingModuleService, MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DEFAULT_FLAT_DELIVERY_FEE, type DeliveryFeeTable, HOME_DELIVERY } from "@ocop/contracts"
import { PROVINCES, provinceByCode } from "@ocop/contracts/admin-units"
import { DELIVERY_FEE_MODULE } from "../modules/delivery-fee"
import type DeliveryFeeModuleService from "../modules/delivery-fee/service"

/** The fees as stored: the flat one and the provinces' own, by code. */
export type DeliveryFees = { flat_fee: number; provinces: { province_code: string; fee: number }[] }

export async function deliveryFees(container: MedusaContainer): Promise<DeliveryFees & { updated_at: Date | null }> {
  const rows = await container.resolve<DeliveryFeeModuleService>(DELIVERY_FEE_MODULE).listDeliveryFees()
  const flat = rows.find((row) => row.province_code === null)
  const updated = rows.map((row) => new Date(row.updated_at).getTime())
  return {
    flat_fee: flat?.amount ?? DEFAULT_FLAT_DELIVERY_FEE,
    provinces: rows.flatMap((row) => (row.province_code ? [{ province_code: row.province_code, fee: row.amount }] : [])),
    updated_at: updated.length ? new Date(Math.max(...updated)) : null,
  }
}

/** The office's table: all 34 provinces in the list's order, each with its own fee or null. */
export async function deliveryFeeTable(container: MedusaContainer): Promise<DeliveryFeeTable> {
  const fees = await deliveryFees(container)
  const own = new Map(fees.provinces.map((p) => [p.province_code, p.fee]))
  return {
    flat_fee: fees.flat_fee,
    provinces: PROVINCES.map((province) => ({ code: province.code, name: province.name, fee: own.get(province.code) ?? null })),
    updated_at: fees.updated_at?.toISOString() ?? null,
  }
}

/** The price rule naming the province a parcel goes to: a field of the cart Medusa prices options with. */
export const PROVINCE_PRICE_RULE = "shipping_address.province"

/**
 * The prices of a producer's home delivery option for these fees, as the pricing module takes them.
 * Medusa prices a cart's options with the cart in the pricing context, so a price ruled by
 * `shipping_address.province` applies to a parcel going there (the cart routes store the province's
 * short name, "Hà Tĩnh"); any other address gets the flat one. No region price: it would tie with a
 * province's (one rule each). Written to the price set directly: Medusa's shipping option workflows
 * accept only numeric rule values (made for `item_total`), the pricing module a name.
 */
export function homeDeliveryPrices(fees: DeliveryFees) {
  return [
    { currency_code: "vnd", amount: fees.flat_fee, rules: {} },
    ...fees.provinces.map(({ province_code, fee }) => ({
      currency_code: "vnd",
      amount: fee,
      rules: { [PROVINCE_PRICE_RULE]: provinceByCode(province_code)!.short },
    })),
  ]
}

/** A home delivery option's price set and its prices, as the pricing module takes them back. */
export type HomeDeliveryPriceSet = {
  option_id: string
  price_set_id: string
  prices: { currency_code: string; amount: number; rules: Record<string, string> }[]
}

/** The price sets of producers' home delivery options: these options, or every one. */
export async function homeDeliveryPriceSets(container: MedusaContainer, optionIds?: string[]): Promise<HomeDeliveryPriceSet[]> {
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "type.code"],
    filters: optionIds ? { id: optionIds } : {},
  })
  const homeOptions = options.filter((option) => option.type?.code === HOME_DELIVERY).map((option) => option.id)
  if (!homeOptions.length) return []
  const { data: links } = await query.graph({
    entity: "shipping_option_price_set",
    fields: ["shipping_option_id", "price_set_id"],
    filters: { shipping_option_id: homeOptions },
  })
  const sets = await container
    .resolve<IPricingModuleService>(Modules.PRICING)
    .listPriceSets({ id: links.map((link) => link.price_set_id) }, { relations: ["prices", "prices.price_rules"] })
  const setsById = new Map(sets.map((set) => [set.id, set]))
  return links.map((link) => ({
    option_id: link.shipping_option_id,
    price_set_id: link.price_set_id,
    prices: (setsById.get(link.price_set_id)?.prices ?? []).map((price) => ({
      currency_code: price.currency_code!,
      amount: Number(price.amount),
      rules: Object.fromEntries((price.price_rules ?? []).map((rule) => [rule.attribute, rule.value])),
    })),
  }))
}

/**
 * Home delivery options priced otherwise than the table says: what a process killed between saving
 * the table and pricing the options left (the crash sweep reprices them). None while the table was saved
 * within `graceSeconds`: that save may still be pricing them.
 */
export async function homeDeliveryOffTable(container: MedusaContainer, graceSeconds: number): Promise<string[]> {
  const fees = await deliveryFees(container)
  if (fees.updated_at && Date.now() - fees.updated_at.getTime() < graceSeconds * 1000) return []
  const wanted = priceKey(homeDeliveryPrices(fees))
  return (await homeDeliveryPriceSets(container)).filter((set) => priceKey(set.prices) !== wanted).map((set) => set.option_id)
}

const priceKey = (prices: { currency_code: string; amount: number; rules: Record<string, string> }[]) =>
  prices
    .map((price) => `${price.currency_code}:${price.amount}:${JSON.stringify(Object.entries(price.rules).sort())}`)
    .sort()
    .join("|")
