import type { CatalogFacet, ProductDetail } from "@ocop/contracts"

export type CardSort = "newest" | "price_asc" | "price_desc" | "stars" | "title"

export type CardQuery = {
  /** Folded, lower-case words; every one must appear in the card's search text. */
  words?: string[]
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

export type CardInput = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  price_min: number | null
  stars: number
  product_set: number
  province: string | null
  commune: string | null
  district: string | null
  producer_handle: string | null
  producer_name: string | null
  in_stock: boolean
  valid_until: Date
  search_text: string
  packagings: CardPackaging[]
  detail: ProductDetail
}
