/**
 * Delivery fees: each producer ships its own parcel, so a fee is per parcel. The office sets one flat
 * fee and, where delivery costs more or less (islands, mountains, the producer's own region), a fee per
 * province (issue 17).
 */

/** The delivery kind of a parcel sent to the shopper's address, whose fee the table sets (a showroom pickup is free). */
export const HOME_DELIVERY = "standard"

/** A parcel's fee until the office sets its own. */
export const DEFAULT_FLAT_DELIVERY_FEE = 30_000

/** A ceiling that catches a typing slip (an extra zero or three), far above any real parcel fee. */
export const MAX_DELIVERY_FEE = 1_000_000

/** The office's table: every province, with its own fee or null where the flat fee applies. */
export type DeliveryFeeTable = {
  flat_fee: number
  provinces: { code: string; name: string; fee: number | null }[]
  /** When the office last saved the table; null while the default applies. */
  updated_at: string | null
}
