// Showrooms (điểm giới thiệu và bán sản phẩm OCOP) as the store API shows them to shoppers
// (docs/SHOWROOM-API.md, "Shop").
import type { SiteType } from "@ocop/contracts"

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
