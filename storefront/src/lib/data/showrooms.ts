import "server-only"
import { getSdk } from "@/lib/config"
import { PRODUCTS_TAG } from "@/lib/data/products"
import type { PublicShowroom, ShowroomStocking } from "@/modules/showrooms/types"

// The shop's reads of the showrooms (docs/SHOWROOM-API.md, "Shop"). The counter app's calls are
// elsewhere (lib/data/showroom.ts) and the producer's consignment report is in lib/data/producer.ts.

/**
 * The open showrooms. Cached for a minute: a showroom opens or closes rarely, and every visitor of
 * /showrooms reads the same list.
 */
export async function listShowrooms(): Promise<PublicShowroom[]> {
  const { showrooms } = await getSdk().client.fetch<{ showrooms: PublicShowroom[] }>("/store/showrooms", {
    next: { revalidate: 60 },
  })
  return showrooms
}

/**
 * The open showrooms that have a product on their shelf now ("Có bán tại"). Cached like the product
 * read it goes with (same lifetime and tag).
 */
export async function listProductShowrooms(productId: string): Promise<ShowroomStocking[]> {
  const { showrooms } = await getSdk().client.fetch<{ showrooms: ShowroomStocking[] }>(
    `/store/products/${encodeURIComponent(productId)}/showrooms`,
    { next: { revalidate: 30, tags: [PRODUCTS_TAG] } },
  )
  return showrooms
}
