import "server-only"
import { getSdk } from "@/lib/config"
import { PRODUCTS_TAG } from "@/lib/data/products"

// The sitemap's reads (GET /store/sitemap, from the backend's catalog read model). Cached for an hour
// under the products tag, which the backend expires whenever a product joins or leaves the listing (a
// revoked certificate, a suspended producer): a delisted product leaves the sitemap at once. A new
// showroom or an edited producer profile shows within the hour. (Next keeps no fetch over 2 MB, about
// 25,000 entries; the sitemap file made from it is still kept, under the same tag: app/sitemap.ts.)
const HOURLY = { next: { revalidate: 3600, tags: [PRODUCTS_TAG] } }

/** How many public pages of each kind there are, and when the newest product and open showroom changed. */
export type SitemapSummary = {
  page_size: number
  count: { products: number; producers: number; showrooms: number }
  lastmod: { products: string | null; showrooms: string | null }
}

/** One public page: its handle and when what it shows last changed (ISO). */
export type SitemapEntry = { handle: string; lastmod: string }

export async function getSitemapSummary(): Promise<SitemapSummary> {
  return getSdk().client.fetch<SitemapSummary>("/store/sitemap", HOURLY)
}

/** `limit` (at most 50,000) pages of one kind from `offset`, in a stable order. */
export async function listSitemapEntries(
  kind: "products" | "producers" | "showrooms",
  offset: number,
  limit: number
): Promise<SitemapEntry[]> {
  const { entries } = await getSdk().client.fetch<{ entries: SitemapEntry[] }>("/store/sitemap", {
    query: { kind, offset, limit },
    ...HOURLY,
  })
  return entries
}
