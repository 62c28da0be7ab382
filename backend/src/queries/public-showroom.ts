import type { RemoteQueryEntryPoints } from "@medusajs/framework/types"
import type { PublicShowroom } from "@ocop/contracts"

/** What anyone may read about a showroom: where it is, when it opens, how to call it. */
export const PUBLIC_SHOWROOM_FIELDS = [
  "id",
  "handle",
  "name",
  "site_type",
  "commune",
  "province",
  "address",
  "opening_hours",
  "phone",
] as const satisfies readonly (keyof PublicShowroom)[]

/** A showroom as Query reads it with PUBLIC_SHOWROOM_FIELDS, cut down to those fields. */
export const publicShowroom = (
  showroom: Pick<RemoteQueryEntryPoints["showroom"], (typeof PUBLIC_SHOWROOM_FIELDS)[number]>
): PublicShowroom => ({
  id: showroom.id,
  handle: showroom.handle,
  name: showroom.name,
  site_type: showroom.site_type,
  commune: showroom.commune,
  province: showroom.province,
  address: showroom.address,
  opening_hours: showroom.opening_hours,
  phone: showroom.phone ?? null,
})
