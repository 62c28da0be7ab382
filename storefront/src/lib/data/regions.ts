import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { getSdk } from "@/lib/config"

/** The single "Việt Nam" region (VND, tax-inclusive). It hardly ever changes: cache it for an hour. */
export async function getRegion(): Promise<HttpTypes.StoreRegion> {
  const { regions } = await getSdk().client.fetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
    query: { fields: "id,name,currency_code" },
    next: { revalidate: 3600, tags: ["regions"] },
  })
  const region = regions.find((r) => r.currency_code === "vnd")
  if (!region) throw new Error("The backend has no region with currency VND.")
  return region
}
