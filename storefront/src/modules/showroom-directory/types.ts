// Showrooms (điểm giới thiệu và bán sản phẩm OCOP) as the store and producer APIs return them
// (docs/SHOWROOM-API.md).
import type { SiteType } from "./site-types"

/** What anyone may read about an open showroom. */
export type PublicShowroom = {
  id: string
  handle: string
  name: string
  site_type: SiteType
  commune: string
  province: string
  address: string
  opening_hours: string
  phone: string | null
}

/** An open showroom with a product on its shelf now, and which of its packagings. */
export type ShowroomStocking = PublicShowroom & { packagings: string[] }

/** One showroom holding a producer's goods on consignment, with each SKU's shelf count and sales in the period. */
export type ShowroomConsignment = {
  showroom: { id: string; name: string; province: string; address: string; active: boolean }
  lines: { variant_id: string; sku: string | null; on_hand: number; units_sold: number; revenue: number }[]
  on_hand: number
  units_sold: number
  revenue: number
}
