import type { CatalogCard, CatalogFacet, ProductDetail } from "@ocop/contracts"

/** `relevance`: the cards most like the words first (without words, the newest). */
export type CardSort = "relevance" | "newest" | "price_asc" | "price_desc" | "stars" | "title"

export type CardQuery = {
  /**
   * Folded, lower-case words; every one must appear in the card's search text. Given but empty (a
   * query of punctuation only), nothing matches.
   */
  words?: string[]
  /** The dialect key of the query (`dialectKey`): what cards are likened to when too few have every word. */
  key?: string
  stars?: number[]
  product_set?: number[]
  province?: string[]
  commune?: string[]
  producer?: string[]
  price_min?: number
  price_max?: number
  in_stock?: boolean
  sort: CardSort
  limit: number
  offset: number
}

export type CardFacet = CatalogFacet

/** One packaging a certificate valid until `valid_until` covers: a row of a catalog feed. */
export type CardPackaging = {
  id: string // the variant
  title: string
  price: number // integer đồng, the list price
  in_stock: boolean // orderable online now
  valid_until: string // ISO; the latest of the certificates covering it
}

/**
 * A card as the listing sync writes it: what the catalog answers (CatalogCard; `listed_at` is set by
 * the write), the facet and search columns, the feed's packagings and the product page.
 */
export type CardInput = Omit<CatalogCard, "listed_at" | "valid_until"> & {
  district: string | null
  valid_until: Date
  search_text: string
  search_key: string
  packagings: CardPackaging[]
  detail: ProductDetail
}
