import type { MetadataRoute } from "next"
import { PHASE_PRODUCTION_BUILD } from "next/constants"
import { storefrontUrl } from "@/lib/config"
import { getSitemapSummary, listSitemapEntries, type SitemapSummary } from "@/lib/data/sitemap"
import { sitemapFileCount, sitemapSlices } from "@/lib/sitemap"

// /sitemap/<n>.xml: every listed product, every approved producer with a listed product, and the shop's
// fixed pages, 50,000 addresses a file (lib/sitemap.ts); /sitemap.xml (sitemap-index.xml/route.ts) is
// the index of these files. A file is rendered on its first request and kept for an hour, or until the
// backend expires the products tag (a product joining or leaving the listing: lib/data/sitemap.ts).
export const revalidate = 3600

/** Where each backend list's pages live. */
const PAGE_PATH = { producers: "/producers/", products: "/products/" } as const

/** The shop's fixed pages: the home page and the catalog change with the products, /showrooms with the showrooms. */
function fixedPages(summary: SitemapSummary, base: string): MetadataRoute.Sitemap {
  const products = summary.lastmod.products ?? undefined
  return [
    { url: `${base}/`, lastModified: products },
    { url: `${base}/products`, lastModified: products },
    { url: `${base}/showrooms`, lastModified: summary.lastmod.showrooms ?? undefined },
    { url: `${base}/ve-ocop` },
  ]
}
const FIXED_PAGES = 4

const sections = (summary: SitemapSummary) => [
  { kind: "fixed" as const, count: FIXED_PAGES },
  { kind: "producers" as const, count: summary.count.producers },
  { kind: "products" as const, count: summary.count.products },
]

export async function generateSitemaps() {
  // `next build` asks too, to prerender every file, and has no backend to ask: then none is
  // prerendered, and each is rendered on its first request (which asks this again).
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return []
  const files = sitemapFileCount(sections(await getSitemapSummary()))
  return Array.from({ length: files }, (_, id) => ({ id }))
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const [summary, file] = await Promise.all([getSitemapSummary(), id.then(Number)])
  const base = storefrontUrl()
  const runs = await Promise.all(
    sitemapSlices(sections(summary), file).map(async ({ kind, offset, limit }) => {
      if (kind === "fixed") return fixedPages(summary, base).slice(offset, offset + limit)
      const entries = await listSitemapEntries(kind, offset, limit)
      return entries.map((entry) => ({
        url: `${base}${PAGE_PATH[kind]}${encodeURIComponent(entry.handle)}`,
        lastModified: entry.lastmod,
      }))
    })
  )
  return runs.flat()
}
