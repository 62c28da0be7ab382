// How an order reaches the shopper: each producer ships its own parcel, or the shopper collects the
// whole order at an OCOP showroom ("Nhận tại điểm bán") whose shelf holds it.
import { formatVnd } from "@ocop/contracts"
import type { DeliveryChoice } from "@/lib/data/cart"

export { HOME_DELIVERY } from "@ocop/contracts"

/** Delivery codes of collecting at a showroom look like "pickup:cho-ha-tinh" (the backend's convention). */
export const isPickup = (code: string) => code.startsWith("pickup:")

/** The backend names every pickup shipping method "Nhận tại <showroom>". */
const PICKUP_METHOD_PREFIX = "Nhận tại "

/** "2 kiện hàng từ 2 nhà sản xuất" — only worth saying when the order ships in several parts. */
export function parcelsNote(parcels: number): string | null {
  return parcels > 1 ? `${parcels} kiện hàng từ ${parcels} nhà sản xuất` : null
}

export type DeliveryOption = {
  code: string
  label: string
  /** "30.000 ₫", or "Miễn phí" for a pickup. */
  fee: string
  /** Parcels for home delivery; address and opening hours for a pickup. */
  note: string | null
  chosen: boolean
  pickup: DeliveryChoice["pickup"]
}

/** What the checkout offers: home delivery first, then the showrooms, by province and name. */
export function deliveryOptions(choices: DeliveryChoice[]): DeliveryOption[] {
  const home = choices.filter((choice) => !choice.pickup)
  const pickups = choices
    .filter((choice) => choice.pickup)
    .sort(
      (a, b) => a.pickup!.province.localeCompare(b.pickup!.province, "vi") || a.pickup!.name.localeCompare(b.pickup!.name, "vi")
    )
  return [...home, ...pickups].map((choice) => ({
    code: choice.code,
    label: choice.label,
    fee: choice.amount === 0 ? "Miễn phí" : formatVnd(choice.amount),
    note: choice.pickup
      ? `${choice.pickup.address}, ${choice.pickup.province} · Mở cửa ${choice.pickup.opening_hours}`
      : parcelsNote(choice.parcels.length),
    chosen: choice.selected,
    pickup: choice.pickup,
  }))
}

/** The showroom an order is collected at ("Nhận tại Điểm OCOP Chợ Hà Tĩnh"), or null when it is delivered. */
export function pickupPlace(methods: { name: string }[]): string | null {
  return methods.length > 0 && methods.every((method) => method.name.startsWith(PICKUP_METHOD_PREFIX)) ? methods[0].name : null
}
