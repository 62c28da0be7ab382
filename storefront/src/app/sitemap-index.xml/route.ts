import { generateSitemaps } from "@/app/sitemap"
import { storefrontUrl } from "@/lib/config"
import { sitemapIndexXml } from "@/lib/sitemap"

// Next serves the files of app/sitemap.ts at /sitemap/<n>.xml but makes no index of them, and
// /sitemap.xml is where crawlers (and robots.txt) look: next.config.ts rewrites it to this index.
// Rendered per request from the summary, which lib/data/sitemap.ts caches (an hour, or until a
// listing change).
export const dynamic = "force-dynamic"

export async function GET() {
  const base = storefrontUrl()
  const files = await generateSitemaps()
  return new Response(sitemapIndexXml(files.map(({ id }) => `${base}/sitemap/${id}.xml`)), {
    headers: { "content-type": "application/xml; charset=utf-8" },
  })
}
