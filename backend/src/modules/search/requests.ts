import { type CatalogFacets, type CatalogMatch, OCOP_PRODUCT_SETS } from "@ocop/contracts"
import type { SearchParams } from "./meilisearch-types"
import type { CardQuery, CardSort } from "../catalog/types"
import { splitFacet } from "./documents"
import { SEARCHED_AS_TYPED } from "./settings"

type Selectable = "stars" | "product_set" | "province" | "commune" | "producer"

/** Each facet a shopper selects: the attribute its selection filters and the attribute its counts group by. */
const SELECTABLE: { facet: Selectable; filter: string; counted: string }[] = [
  { facet: "stars", filter: "stars", counted: "stars" },
  { facet: "product_set", filter: "product_set", counted: "product_set" },
  { facet: "province", filter: "province", counted: "province" },
  { facet: "commune", filter: "commune", counted: "commune_facet" },
  { facet: "producer", filter: "producer_handle", counted: "producer_facet" },
]

const SORTS: Record<Exclude<CardSort, "relevance">, string[]> = {
  newest: ["listed_at:desc", "id:asc"],
  price_asc: ["price_min:asc", "id:asc"],
  price_desc: ["price_min:desc", "id:asc"],
  stars: ["stars:desc", "listed_at:desc", "id:asc"],
  title: ["title:asc", "id:asc"],
}

/** A filter value as Meilisearch's filter syntax quotes it (JSON's escaping of `"` and `\` is its own). */
const quoted = (value: string | number) => (typeof value === "number" ? String(value) : JSON.stringify(value))

/**
 * The filter of a query, leaving out one facet's selection (its own counts ignore it: facets are
 * disjunctive). Selections of one facet are ORed, facets and the price and stock conditions ANDed.
 */
export function catalogFilter(query: CardQuery, leaveOut?: Selectable): string[] {
  const filter: string[] = []
  for (const { facet, filter: attribute } of SELECTABLE) {
    const values = query[facet] as (string | number)[] | undefined
    if (facet === leaveOut || !values?.length) continue
    filter.push(`${attribute} IN [${values.map(quoted).join(", ")}]`)
  }
  if (query.price_min !== undefined) filter.push(`price_min >= ${query.price_min}`)
  if (query.price_max !== undefined) filter.push(`price_min <= ${query.price_max}`)
  if (query.in_stock !== undefined) filter.push(`in_stock = ${query.in_stock}`)
  return filter
}

/**
 * How cards are matched. `exact`: the query's folded words in the title, producer and places, every
 * word required (Meilisearch's own typo tolerance applies). `similar`: the query's dialect key against
 * the cards' keys, the commonest words dropped first while too little matches ("frequency": a typo in
 * a rare word, "hoa lnh chi", still finds the card by its other words; "last" dropped the words at
 * the end, which missed "nuoc mam cau lo" and "Hoa Lnh Chi" in the relevance set), keeping only cards
 * that score at least SIMILAR_SCORE (so one shared short word is not enough: 0.6 missed "Hoa Lnh Chi",
 * 0.4 and 0.5 pass the whole set).
 */
export const SIMILAR_SCORE = 0.5

function matching(query: CardQuery, mode: CatalogMatch): SearchParams {
  if (!query.words?.length) return { q: "" }
  return mode === "exact"
    ? { q: query.words.join(" "), attributesToSearchOn: SEARCHED_AS_TYPED, matchingStrategy: "all" }
    : {
        q: query.key ?? "",
        attributesToSearchOn: ["search_key"],
        matchingStrategy: "frequency",
        rankingScoreThreshold: SIMILAR_SCORE,
      }
}

/**
 * The searches answering one catalog page, for one multi-search: the page with the counts of every
 * facet not selected, then one count-only search per selected facet leaving its own selection out.
 */
export function catalogSearches(query: CardQuery, mode: CatalogMatch): SearchParams[] {
  const match = matching(query, mode)
  const sort =
    query.sort === "relevance" && query.words?.length ? undefined : SORTS[query.sort === "relevance" ? "newest" : query.sort]
  const selected = SELECTABLE.filter(({ facet }) => (query[facet] as unknown[] | undefined)?.length)
  const page: SearchParams = {
    ...match,
    filter: catalogFilter(query),
    facets: [...SELECTABLE.filter((s) => !selected.includes(s)).map((s) => s.counted), "in_stock"],
    ...(sort ? { sort } : {}),
    // Whether the best card needed a typo (service.ts: then the match is only `similar`).
    ...(match.q ? { showRankingScoreDetails: true } : {}),
    limit: query.limit,
    offset: query.offset,
  }
  const perFacet = selected.map(({ facet, counted }) => ({
    ...match,
    filter: catalogFilter(query, facet),
    facets: [counted],
    limit: 0,
  }))
  return [page, ...perFacet]
}

type FacetDistribution = Record<string, Record<string, number>>

/**
 * The catalog's facets from the multi-search's facet distributions, labelled and ordered as
 * PostgreSQL's are (count descending, then value in Vietnamese order).
 */
export function catalogFacets(distributions: (FacetDistribution | undefined)[]): CatalogFacets {
  const facets: CatalogFacets = { stars: [], product_set: [], province: [], commune: [], producer: [], in_stock: [] }
  const counted = new Map<string, keyof CatalogFacets>([
    ...SELECTABLE.map(({ facet, counted }) => [counted, facet] as const),
    ["in_stock", "in_stock"],
  ])
  for (const distribution of distributions) {
    for (const [attribute, values] of Object.entries(distribution ?? {})) {
      const facet = counted.get(attribute)
      if (!facet) continue
      for (const [raw, count] of Object.entries(values)) {
        if (!count) continue
        const { value, label } = splitFacet(raw)
        facets[facet].push({
          value,
          label:
            facet === "product_set"
              ? (OCOP_PRODUCT_SETS[Number(value)] ?? null)
              : facet === "commune" || facet === "producer"
                ? label
                : null,
          count,
        })
      }
    }
  }
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, "vi"))
  return facets
}
