// The catalog's facets as `/store/catalog` counts them, and how a page offers them as filters.
// Facets are disjunctive: a facet's counts ignore its own selection, so the other values stay visible.

import { type CatalogFacets, type FacetValue, formatVnd } from "@ocop/contracts"
import { productSetLabel } from "@/modules/ocop/certificates"
import { isStars, type Stars } from "@/modules/ocop/stars"
import { catalogHref, toggleFilter, type CatalogQuery, type ListFilter } from "./catalog-query"

export const EMPTY_FACETS: CatalogFacets = {
  stars: [],
  product_set: [],
  province: [],
  commune: [],
  producer: [],
  in_stock: [],
}

/** The star facet as ratings, most stars first (values outside 3–5 dropped). */
export function starCounts(values: FacetValue[]): { stars: Stars; count: number }[] {
  return values
    .map((v) => ({ stars: Number(v.value), count: v.count }))
    .filter((v): v is { stars: Stars; count: number } => isStars(v.stars))
    .sort((a, b) => b.stars - a.stars)
}

/** A filter a shopper can toggle: a link that adds the value, or removes it when `selected`. */
export type FacetOption = {
  value: string
  label: string
  /** A second line: the province of a commune when communes of several provinces are listed. */
  detail: string | null
  count: number
  selected: boolean
  href: string
}

/** Without a chosen province, only this many communes (the biggest) are offered. */
export const TOP_COMMUNES = 8

/** The facet's values plus any selected value it no longer counts (0 matches), so it can be removed. */
function withSelected(values: FacetValue[], selected: (string | number)[]): FacetValue[] {
  const missing = selected
    .map(String)
    .filter((value) => !values.some((v) => v.value === value))
    .map((value) => ({ value, label: null, count: 0 }))
  return [...values, ...missing]
}

function options(
  query: CatalogQuery,
  filter: ListFilter,
  values: FacetValue[],
  label: (value: FacetValue) => string,
  detail: (value: FacetValue) => string | null = () => null
): FacetOption[] {
  const selected = (query[filter] as (string | number)[]).map(String)
  return withSelected(values, query[filter]).map((v) => ({
    value: v.value,
    label: label(v),
    detail: detail(v),
    count: v.count,
    selected: selected.includes(v.value),
    href: catalogHref(toggleFilter(query, filter, v.value)),
  }))
}

/** The filters of the catalog page, from one `/store/catalog` answer, in the order they are shown. */
export function facetOptions(query: CatalogQuery, facets: CatalogFacets) {
  const starValues = [...facets.stars].sort((a, b) => Number(b.value) - Number(a.value))
  const productSets = [...facets.product_set].sort((a, b) => Number(a.value) - Number(b.value))
  return {
    stars: options(query, "stars", starValues, (v) => `${v.value} sao`),
    productSets: options(query, "productSets", productSets, (v) => productSetLabel(v.value, v.label)),
    provinces: options(query, "provinces", facets.province, (v) => v.value),
    communes: options(
      query,
      "communes",
      communeValues(query, facets.commune),
      (v) => v.value,
      (v) => (query.provinces.length === 1 ? null : v.label)
    ),
    producers: options(query, "producers", facets.producer, (v) => v.label ?? v.value),
  }
}

/**
 * Communes of the chosen provinces when a province is chosen (a commune name alone is ambiguous
 * across provinces), otherwise the biggest few; a chosen commune is always kept.
 */
export function communeValues(query: CatalogQuery, communes: FacetValue[]): FacetValue[] {
  if (query.provinces.length > 0) {
    return communes.filter((c) => (c.label !== null && query.provinces.includes(c.label)) || query.communes.includes(c.value))
  }
  return communes.filter((c, index) => index < TOP_COMMUNES || query.communes.includes(c.value))
}

/**
 * The options shown at once and those folded under "Xem thêm": the first `shown`, plus every
 * selected one, so a chosen filter is never hidden.
 */
export function foldOptions<O extends { selected: boolean }>(list: O[], shown: number): { first: O[]; more: O[] } {
  const first = list.filter((o, index) => index < shown || o.selected)
  return { first, more: list.filter((o) => !first.includes(o)) }
}

/** An applied filter, as a chip whose link removes it. */
export type ActiveFilter = { label: string; href: string }

/** Every filter in the URL as a readable chip (names, not handles or numbers), each removable. */
export function activeFilters(query: CatalogQuery, facets: CatalogFacets): ActiveFilter[] {
  const chips: ActiveFilter[] = []
  const removing = (change: Partial<CatalogQuery>) => catalogHref({ ...query, ...change, page: 1 })
  if (query.q) chips.push({ label: `Từ khoá “${query.q}”`, href: removing({ q: null }) })
  const lists: [ListFilter, (value: string) => string][] = [
    ["stars", (v) => `OCOP ${v} sao`],
    ["productSets", (v) => productSetLabel(v, facets.product_set.find((p) => p.value === v)?.label)],
    ["provinces", (v) => v],
    ["communes", (v) => [v, facets.commune.find((c) => c.value === v)?.label].filter(Boolean).join(", ")],
    ["producers", (v) => facets.producer.find((p) => p.value === v)?.label ?? v],
  ]
  for (const [filter, label] of lists) {
    for (const value of query[filter]) {
      chips.push({ label: label(String(value)), href: catalogHref(toggleFilter(query, filter, String(value))) })
    }
  }
  if (query.priceMin !== null) {
    chips.push({ label: `Giá từ ${formatVnd(query.priceMin)}`, href: removing({ priceMin: null }) })
  }
  if (query.priceMax !== null) {
    chips.push({ label: `Giá đến ${formatVnd(query.priceMax)}`, href: removing({ priceMax: null }) })
  }
  if (query.inStock) chips.push({ label: "Chỉ còn hàng", href: removing({ inStock: false }) })
  return chips
}

/** How many products in stock match the other filters (the count next to "Chỉ còn hàng"). */
export function inStockCount(facets: CatalogFacets): number {
  return facets.in_stock.find((v) => v.value === "true")?.count ?? 0
}
