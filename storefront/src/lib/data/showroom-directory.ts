import "server-only"
import { getSdk } from "@/lib/config"
import { sharedRead } from "@/lib/data/shared-read"
import type { PublicShowroom } from "@ocop/contracts"

// The shop's reads of the showrooms (docs/SHOWROOM-API.md, "Shop"). The counter app's calls are
// elsewhere (lib/data/showroom-counter.ts) and the producer's consignment report is in lib/data/producer-portal.ts.

/**
 * The open showrooms. Cached for a minute (lib/data/shared-read.ts): a showroom opens or closes rarely,
 * and every visitor of /showrooms reads the same list.
 */
export async function listShowrooms(): Promise<PublicShowroom[]> {
  return sharedRead("showrooms", { ttlMs: 60_000, tags: ["showrooms"] }, async () => {
    const { showrooms } = await getSdk().client.fetch<{ showrooms: PublicShowroom[] }>("/store/showrooms", {
      cache: "no-store",
    })
    return showrooms
  })
}
