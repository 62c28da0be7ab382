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
