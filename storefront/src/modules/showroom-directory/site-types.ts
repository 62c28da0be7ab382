// Where a showroom stands, as the showroom API names the kinds of site (SiteType, in the contracts).
import type { SiteType } from "@ocop/contracts"

export const SITE_TYPES: readonly SiteType[] = [
  "station",
  "highway_stop",
  "market_mall",
  "tourist_site",
  "craft_village",
  "post_office",
  "other",
]

export const SITE_TYPE_LABEL: Record<SiteType, string> = {
  station: "Nhà ga",
  highway_stop: "Trạm dừng nghỉ",
  market_mall: "Chợ / Trung tâm thương mại",
  tourist_site: "Điểm du lịch",
  craft_village: "Làng nghề",
  post_office: "Bưu cục",
  other: "Khác",
}

/** The label of a site type; a kind this storefront does not know yet reads "Khác" rather than a code. */
export function siteTypeLabel(siteType: string): string {
  return (SITE_TYPE_LABEL as Record<string, string>)[siteType] ?? SITE_TYPE_LABEL.other
}
