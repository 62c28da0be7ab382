import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { getSdk } from "@/lib/config"
import { sharedRead } from "@/lib/data/shared-read"

/**
 * The single "Việt Nam" region (VND, tax-inclusive). It hardly ever changes: cached for an hour, one
 * request for the whole process (lib/data/shared-read.ts), dropped by a revalidation of "regions".
 */
export async function getRegion(): Promise<HttpTypes.StoreRegion> {
  return sharedRead("region:vnd", { ttlMs: 3_600_000, tags: ["regions"] }, async () => {
    const { regions } = await getSdk().client.fetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
      query: { fields: "id,name,currency_code" },
      cache: "no-store",
    })
    const region = regions.find((r) => r.currency_code === "vnd")
    if (!region) throw new Error("The backend has no region with currency VND.")
    return region
  })
}
