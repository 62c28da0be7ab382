// The catalog's state lives in its URL (?q, ?stars, ?province, ?sort, ?page…) so every view is a plain,
// shareable, crawlable link and the filter forms work without JavaScript. This parses it defensively,
// builds links back, and turns it into the `/store/catalog` query. Parameter names are the store API's.
import type { Stars } from "@/modules/ocop/stars"

export const PAGE_SIZE = 24

/** `/store/catalog` refuses an offset past this: pages beyond it are never linked. */
const MAX_OFFSET = 10_000

export const SORTS = {
  // The default: the closest matches first when searching, the newest when browsing (the store API's rule).
  relevance: "Phù hợp nhất",
  newest: "Mới nhất",
  price_asc: "Giá thấp đến cao",
  price_desc: "Giá cao đến thấp",
  stars: "Nhiều sao nhất",
  title: "Tên A–Z",
} as const

export type SortKey = keyof typeof SORTS

export type CatalogQuery = {
  q: string | null
  stars: Stars[]
  productSets: number[]
  provinces: string[]
  communes: string[]
  /** Producer handles. */
  producers: string[]
  priceMin: number | null
  priceMax: number | null
  inStock: boolean
  sort: SortKey
  page: number
}

/** The filters that take several values (OR within a filter, AND between filters). */
export type ListFilter = "stars" | "productSets" | "provinces" | "communes" | "producers"

/** URL parameter of each list filter, as `/store/catalog` names it. */
const LIST_PARAM: Record<ListFilter, string> = {
  stars: "stars",
  productSets: "product_set",
  provinces: "province",
  communes: "commune",
  producers: "producer",
}

/** The store API accepts at most 100 characters of search text. */
const MAX_Q = 100
/** More values than any facet has: a longer list is forged, not clicked. */
const MAX_VALUES = 30

export const EMPTY_QUERY: CatalogQuery = {
  q: null,
  stars: [],
  productSets: [],
  provinces: [],
  communes: [],
  producers: [],
  priceMin: null,
  priceMax: null,
  inStock: false,
  sort: "relevance",
  page: 1,
}

type SearchParams = Record<string, string | string[] | undefined>

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** "3,4" or repeated keys (a GET form's checkboxes), both meaning a list, as the store API reads them. */
function list(value: string | string[] | undefined): string[] {
  const values = [value ?? []]
    .flat()
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean)
  return [...new Set(values)].slice(0, MAX_VALUES)
}

function integers(value: string | string[] | undefined, min: number, max: number): number[] {
  return list(value)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= min && n <= max)
}

/** Whole đồng; "40.000" and "40 000 ₫" as a shopper writes them read as 40000, "1.5" as nothing. */
function price(value: string | string[] | undefined): number | null {
  const text = first(value)?.replace(/[\s₫đ]/gi, "") ?? ""
  if (!/^(\d{1,12}|\d{1,3}(\.\d{3}){1,3})$/.test(text)) return null
  return Number(text.replace(/\./g, ""))
}

export function parseCatalogQuery(params: SearchParams): CatalogQuery {
  const q = first(params.q)?.trim().replace(/\s+/g, " ").slice(0, MAX_Q)
  const sort = first(params.sort)
  const page = Number(first(params.page))
  return {
    q: q ? q : null,
    stars: integers(params.stars, 3, 5) as Stars[],
    productSets: integers(params.product_set, 1, 26),
    provinces: list(params.province),
    communes: list(params.commune),
    producers: list(params.producer),
    priceMin: price(params.price_min),
    priceMax: price(params.price_max),
    inStock: first(params.in_stock) === "true",
    sort: sort && sort in SORTS ? (sort as SortKey) : "relevance",
    page: Number.isInteger(page) && page > 0 ? page : 1,
  }
}

/**
 * The URL parameters of a catalog view, defaults left out, as name–value pairs (lists as repeated
 * keys, like a GET form sends them). `except` leaves out those a form supplies itself.
 */
export function catalogParams(query: CatalogQuery, except: string[] = []): [string, string][] {
  const pairs: [string, string][] = []
  if (query.q) pairs.push(["q", query.q])
  for (const filter of Object.keys(LIST_PARAM) as ListFilter[]) {
    for (const value of query[filter]) pairs.push([LIST_PARAM[filter], String(value)])
  }
  if (query.priceMin !== null) pairs.push(["price_min", String(query.priceMin)])
  if (query.priceMax !== null) pairs.push(["price_max", String(query.priceMax)])
  if (query.inStock) pairs.push(["in_stock", "true"])
  if (query.sort !== "relevance") pairs.push(["sort", query.sort])
  if (query.page > 1) pairs.push(["page", String(query.page)])
  return pairs.filter(([name]) => !except.includes(name))
}

/** A catalog link: `current` with `change` applied. */
export function catalogHref(current: CatalogQuery, change: Partial<CatalogQuery> = {}): string {
  const search = new URLSearchParams(catalogParams({ ...current, ...change })).toString()
  return search ? `/products?${search}` : "/products"
}

/** The query with `value` added to a list filter, or removed when it is there; back to page 1. */
export function toggleFilter(query: CatalogQuery, filter: ListFilter, value: string | number): CatalogQuery {
  const current = query[filter] as (string | number)[]
  const has = current.some((v) => String(v) === String(value))
  const next = has
    ? current.filter((v) => String(v) !== String(value))
    : [...current, filter === "stars" || filter === "productSets" ? Number(value) : String(value)]
  return { ...query, [filter]: next, page: 1 }
}

/** How many filters narrow the view (the search text not counted): shown on the folded filter panel. */
export function filterCount(query: CatalogQuery): number {
  return catalogParams(query, ["q", "sort", "page"]).length
}

/** Whether anything (search text or filter) narrows the catalog. */
export function isFiltered(query: CatalogQuery): boolean {
  return catalogParams(query, ["sort", "page"]).length > 0
}

/** Pages a shopper can reach: the store API pages no further than offset 10 000. */
export function pageCount(count: number): number {
  return Math.min(Math.ceil(count / PAGE_SIZE), Math.floor(MAX_OFFSET / PAGE_SIZE) + 1)
}

/** The `/store/catalog` query of a view (lists comma-joined, which it reads like repeated keys). */
export function storeCatalogQuery(query: CatalogQuery, limit = PAGE_SIZE): Record<string, string | number> {
  const params: Record<string, string | number> = { sort: query.sort, limit, offset: (query.page - 1) * limit }
  if (query.q) params.q = query.q
  for (const filter of Object.keys(LIST_PARAM) as ListFilter[]) {
    if (query[filter].length > 0) params[LIST_PARAM[filter]] = query[filter].join(",")
  }
  if (query.priceMin !== null) params.price_min = query.priceMin
  if (query.priceMax !== null) params.price_max = query.priceMax
  if (query.inStock) params.in_stock = "true"
  return params
}
