import "server-only"
import { getSdk } from "@/lib/config"
import { badRequestMessage } from "@/lib/store-errors"
import type { CatalogFacets } from "@/modules/products/facets"

/** A listed product as the catalog read model keeps it: everything a card shows, nothing more. */
export type CatalogCard = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  /** Integer đồng: the cheapest packaging a valid certificate covers. */
  price_min: number | null
  stars: number
  product_set: number
  province: string | null
  commune: string | null
  producer_handle: string | null
  producer_name: string | null
  in_stock: boolean
  listed_at: string
  valid_until: string
}

export type CatalogPage = {
  cards: CatalogCard[]
  count: number
  limit: number
  offset: number
  facets: CatalogFacets
}

/**
 * One page of catalog cards with the total and the facet counts (`limit: 0` for the counts only),
 * or the store API's reason, in Vietnamese, when it refuses the filters (e.g. "Giá từ phải nhỏ hơn
 * hoặc bằng giá đến.").
 *
 * Never cached: a product whose certificate is revoked must leave the catalog at once, and the read
 * model answers in ~10 ms, so a cache would buy little. (A `revalidate` window would also serve one
 * stale answer after an idle spell, however short the window.)
 */
export async function searchCatalog(
  query: Record<string, string | number>,
): Promise<{ ok: true; page: CatalogPage } | { ok: false; message: string }> {
  try {
    const page = await getSdk().client.fetch<CatalogPage>("/store/catalog", { query, cache: "no-store" })
    return { ok: true, page }
  } catch (error) {
    const message = badRequestMessage(error)
    if (message) return { ok: false, message }
    throw error
  }
}
