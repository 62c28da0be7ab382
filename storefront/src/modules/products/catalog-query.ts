// The catalog's state lives in its URL (?page, ?sort, ?stars, ?province) so every view is a plain,
// shareable, crawlable link. This parses it defensively and builds links back.
import type { Stars } from "./facets"

export const PAGE_SIZE = 12

export const SORTS = {
  newest: { label: "Mới nhất", order: "-created_at" },
  "name-asc": { label: "Tên A–Z", order: "title" },
  "name-desc": { label: "Tên Z–A", order: "-title" },
} as const

export type SortKey = keyof typeof SORTS

export type CatalogQuery = {
  page: number
  sort: SortKey
  stars: Stars | null
  province: string | null
}

type SearchParams = Record<string, string | string[] | undefined>

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

export function parseCatalogQuery(params: SearchParams): CatalogQuery {
  const page = Number(first(params.page))
  const sort = first(params.sort)
  const stars = Number(first(params.stars))
  const province = first(params.province)?.trim()
  return {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    sort: sort && sort in SORTS ? (sort as SortKey) : "newest",
    stars: stars === 3 || stars === 4 || stars === 5 ? stars : null,
    province: province ? province : null,
  }
}

/** A catalog link: `current` with `change` applied; defaults are left out of the URL. */
export function catalogHref(current: CatalogQuery, change: Partial<CatalogQuery> = {}): string {
  const next = { ...current, ...change }
  const params = new URLSearchParams()
  if (next.stars) params.set("stars", String(next.stars))
  if (next.province) params.set("province", next.province)
  if (next.sort !== "newest") params.set("sort", next.sort)
  if (next.page > 1) params.set("page", String(next.page))
  const search = params.toString()
  return search ? `/products?${search}` : "/products"
}
