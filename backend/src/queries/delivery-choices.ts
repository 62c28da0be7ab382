/**
 * Delivery in a marketplace: every producer ships its own parcel, so a cart holds one shipping
 * method per producer (Medusa keeps one method per shipping profile; each producer has its own).
 * The shopper picks one delivery *kind* ("standard"); these helpers turn that into one shipping
 * option per parcel and a summed fee.
 */
import { MedusaError } from "@medusajs/framework/utils"

export type CartShippingOption = {
  id: string
  name: string
  amount: number
  shipping_profile_id: string
  type: { code: string; label: string; description?: string | null }
}

export type DeliveryChoice = {
  code: string
  label: string
  description: string | null
  amount: number
  parcels: { shipping_profile_id: string; option_id: string; name: string; amount: number }[]
}

/** Delivery kinds every parcel of the cart can use, cheapest first. */
export function deliveryChoices(parcelProfileIds: string[], options: CartShippingOption[]): DeliveryChoice[] {
  const profiles = [...new Set(parcelProfileIds)]
  const codes = [...new Set(options.map((o) => o.type.code))]
  return codes
    .map((code) => {
      const parcels = profiles.map(
        (profileId) =>
          options
            .filter((o) => o.type.code === code && o.shipping_profile_id === profileId)
            .sort((a, b) => a.amount - b.amount)[0]
      )
      if (!profiles.length || parcels.some((option) => !option)) return undefined
      const type = parcels[0]!.type
      return {
        code,
        label: type.label,
        description: type.description ?? null,
        amount: parcels.reduce((sum, option) => sum + option!.amount, 0),
        parcels: parcels.map((option) => ({
          shipping_profile_id: option!.shipping_profile_id,
          option_id: option!.id,
          name: option!.name,
          amount: option!.amount,
        })),
      }
    })
    .filter((choice): choice is DeliveryChoice => Boolean(choice))
    .sort((a, b) => a.amount - b.amount)
}

export function pickDelivery(parcelProfileIds: string[], options: CartShippingOption[], code: string): DeliveryChoice {
  if (!parcelProfileIds.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Giỏ hàng đang trống, chưa thể chọn cách giao hàng.")
  }
  const choice = deliveryChoices(parcelProfileIds, options).find((c) => c.code === code)
  if (!choice) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Cách giao hàng "${code}" không áp dụng được cho mọi sản phẩm trong giỏ. Vui lòng chọn cách khác.`
    )
  }
  return choice
}
