import { FORMER_PROVINCES } from "@ocop/contracts/admin-units"
import type { Settings } from "./meilisearch-types"

/**
 * The former provinces (merged on 1/7/2025: a shopper still types the old name, which finds the
 * products of the province it is now part of), one way: searching the new name must not be narrowed to
 * a former part of it. Dialect spellings ("rio bot", "chà", "dượu") are not synonyms: the
 * second search folds them per syllable (the dialect key, as on PostgreSQL), and the page then says
 * the names are only alike (`matched: "similar"`); as synonyms they were answered as exact matches.
 */
function synonyms(): Record<string, string[]> {
  return Object.fromEntries(Object.entries(FORMER_PROVINCES).map(([former, current]) => [former, [current]]))
}

/** Every sort the catalog offers, each ending in the id as PostgreSQL's do, so equal keys keep one order. */
export const SORTABLE = ["listed_at", "price_min", "stars", "title", "id"]

/** What the catalog filters on. */
export const FILTERABLE = ["id", "stars", "product_set", "province", "commune", "producer_handle", "price_min", "in_stock"]

/** What the catalog counts: the labelled forms of commune and producer (documents.ts). */
export const FACETED = ["stars", "product_set", "province", "commune_facet", "producer_facet", "in_stock"]

/** Where the words of a query are looked for as typed, in priority order. */
export const SEARCHED_AS_TYPED = ["title", "producer_name", "commune", "district", "province"]

/**
 * The index's settings, applied at startup and to every fresh index the reindex builds.
 * - Searchable: the title first (a product is what shoppers name), then its producer and places; the
 *   dialect key last, searched only by the second, "similar" search.
 * - Ranking: an explicit sort first (a shopper sorting by price wants price order, not relevance
 *   with price as a tie-break), then Meilisearch's relevance rules, then the newest card.
 * - Typos: Vietnamese syllables are short (2–7 letters), so Meilisearch's defaults (one typo from 5
 *   letters, two from 9) would forgive almost nothing; one from 4 ("thahn" → "thanh", "ongg" → "ong")
 *   and two from 8. Shorter words stay exact: "ga", "gio", "cha" differ by one letter from many others.
 */
export const INDEX_SETTINGS: Settings = {
  searchableAttributes: [...SEARCHED_AS_TYPED, "search_key"],
  filterableAttributes: [...new Set([...FILTERABLE, ...FACETED])],
  sortableAttributes: SORTABLE,
  rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness", "listed_at:desc"],
  displayedAttributes: ["id"],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  synonyms: synonyms(),
  // Facets list every value (PostgreSQL's do): producers run into the hundreds in a province.
  faceting: { maxValuesPerFacet: 10_000, sortFacetValuesBy: { "*": "count" } },
  pagination: { maxTotalHits: 100_000 },
}
