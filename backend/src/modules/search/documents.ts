import type { CatalogCard } from "@ocop/contracts"

/**
 * A catalog card as the search index holds it: what is searched (title, producer, places, the dialect
 * key), filtered, sorted and counted. The cards a page shows are read back from PostgreSQL by id (the
 * source of truth), so the index only needs what finds and orders them.
 */
export type SearchDocument = {
  id: string
  title: string
  producer_name: string | null
  producer_handle: string | null
  commune: string | null
  district: string | null
  province: string | null
  search_key: string
  stars: number
  product_set: number
  /** Left out when the card has no price: Meilisearch sorts documents without the field last either way, like PostgreSQL's NULLS LAST. */
  price_min?: number
  in_stock: boolean
  /** Milliseconds since the epoch: Meilisearch sorts numbers, not dates. */
  listed_at: number
  /** `commune␟province` and `handle␟name`: a facet value carries the label PostgreSQL's facets show beside it. */
  commune_facet: string | null
  producer_facet: string | null
}

/** What a card row of the catalog module holds that the index needs. */
export type IndexedCard = Pick<
  CatalogCard,
  | "id"
  | "title"
  | "producer_name"
  | "producer_handle"
  | "commune"
  | "province"
  | "stars"
  | "product_set"
  | "price_min"
  | "in_stock"
> & { district: string | null; search_key: string; listed_at: Date | string }

/** Joins a facet value and its label in one facet string; `splitFacet` takes it apart. */
export const LABEL_SEPARATOR = "\u001f"

const withLabel = (value: string | null, label: string | null) =>
  value === null ? null : `${value}${LABEL_SEPARATOR}${label ?? ""}`

export function splitFacet(joined: string): { value: string; label: string | null } {
  const at = joined.indexOf(LABEL_SEPARATOR)
  if (at < 0) return { value: joined, label: null }
  return { value: joined.slice(0, at), label: joined.slice(at + 1) || null }
}

export function searchDocument(card: IndexedCard): SearchDocument {
  return {
    id: card.id,
    title: card.title,
    producer_name: card.producer_name,
    producer_handle: card.producer_handle,
    commune: card.commune,
    district: card.district,
    province: card.province,
    search_key: card.search_key,
    stars: card.stars,
    product_set: card.product_set,
    ...(card.price_min === null ? {} : { price_min: Number(card.price_min) }),
    in_stock: card.in_stock,
    listed_at: new Date(card.listed_at).getTime(),
    commune_facet: withLabel(card.commune, card.province),
    producer_facet: withLabel(card.producer_handle, card.producer_name),
  }
}
