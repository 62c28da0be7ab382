import "server-only"
import { getSdk } from "@/lib/config"
import { PRODUCTS_TAG } from "@/lib/data/products"
import { sharedRead } from "@/lib/data/shared-read"
import { badRequestMessage } from "@/lib/store-errors"
import type { CatalogPage, CatalogSuggestions, PopularProducts } from "@ocop/contracts"

// Stock and prices on cards may lag a few seconds (the product page shows live ones at checkout);
// listing changes never do (they expire the tag).
const CATALOG_READ = { ttlMs: 5_000, staleMs: 10_000, tags: [PRODUCTS_TAG] }

/**
 * One page of catalog cards with the total and the facet counts (`limit: 0` for the counts only),
 * or the store API's reason, in Vietnamese, when it refuses the filters (e.g. "Giá từ phải nhỏ hơn
 * hoặc bằng giá đến.").
 *
 * Shared for a few seconds by every render of this process (lib/data/shared-read.ts): a crowd on the
 * home page or on one filtered page costs the backend one request, however heavy the traffic elsewhere.
 * Tagged like the product pages, so a listing change (a revoked certificate) drops it at once.
 */
export async function searchCatalog(
  query: Record<string, string | number>
): Promise<{ ok: true; page: CatalogPage } | { ok: false; message: string }> {
  const key = `catalog:${new URLSearchParams(
    Object.entries(query)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, String(v)])
  )}`
  try {
    const page = await sharedRead(key, CATALOG_READ, () =>
      getSdk().client.fetch<CatalogPage>("/store/catalog", { query, cache: "no-store" })
    )
    return { ok: true, page }
  } catch (error) {
    const message = badRequestMessage(error)
    if (message) return { ok: false, message }
    throw error
  }
}

/**
 * What the header's search box suggests for the words typed so far. Not shared or cached: each pause
 * in typing asks once, and the store API caches the search behind it for a few seconds.
 */
export async function catalogSuggestions(q: string): Promise<CatalogSuggestions> {
  return getSdk().client.fetch<CatalogSuggestions>("/store/catalog/suggestions", { query: { q }, cache: "no-store" })
}

/**
 * The listed products ordered most lately, of a province (or the whole shop): what a search that
 * found nothing offers instead. Shared like the catalog's pages, and dropped with them on a listing change.
 */
export async function popularProducts(province: string | null, limit = 8): Promise<PopularProducts> {
  const query = { limit, ...(province ? { province } : {}) }
  return sharedRead(`catalog-popular:${province ?? ""}:${limit}`, CATALOG_READ, () =>
    getSdk().client.fetch<PopularProducts>("/store/catalog/popular", { query, cache: "no-store" })
  )
}
