// How the storefront's sitemap is split into files (sitemaps.org: at most 50,000 addresses a file).
// Its lists (the fixed pages, the producers, the products) are laid end to end and cut every 50,000
// addresses, so a catalog of any size needs as few files as it can, and each file reads only the runs
// of each list that fall in it.

/** The sitemap protocol's limit: at most this many addresses per file. */
export const SITEMAP_SIZE = 50_000

/** One list of addresses and how long it is. */
export type SitemapSection<Kind extends string> = { kind: Kind; count: number }

/** A run of one list: `limit` addresses from `offset`. */
export type SitemapSlice<Kind extends string> = { kind: Kind; offset: number; limit: number }

/** How many files the lists fill; at least one (the fixed pages are always there). */
export function sitemapFileCount(sections: SitemapSection<string>[], size = SITEMAP_SIZE): number {
  const total = sections.reduce((sum, section) => sum + section.count, 0)
  return Math.max(1, Math.ceil(total / size))
}

/** What file `file` (from 0) holds: the run of each list that falls within its `size` addresses. */
export function sitemapSlices<Kind extends string>(
  sections: SitemapSection<Kind>[],
  file: number,
  size = SITEMAP_SIZE
): SitemapSlice<Kind>[] {
  const from = file * size
  const to = from + size
  const slices: SitemapSlice<Kind>[] = []
  let start = 0 // where the section begins, counted over all lists
  for (const { kind, count } of sections) {
    const offset = Math.max(from, start) - start
    const end = Math.min(to, start + count) - start
    if (end > offset) slices.push({ kind, offset, limit: end - offset })
    start += count
  }
  return slices
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" }
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char])

/** The sitemap index that /sitemap.xml answers: one `<sitemap>` per file, at these absolute addresses. */
export function sitemapIndexXml(locations: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...locations.map((location) => `<sitemap><loc>${escapeXml(location)}</loc></sitemap>`),
    "</sitemapindex>",
    "",
  ].join("\n")
}
