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

export type CardFacet = "stars" | "product_set" | "province" | "commune" | "producer" | "in_stock"

/** One packaging a certificate valid until `valid_until` covers: a row of a catalog feed. */
export type CardPackaging = {
  id: string // the variant
  title: string
  price: number // integer đồng, the list price
  in_stock: boolean // orderable online now
  valid_until: string // ISO; the latest of the certificates covering it
}

/** One packaging as the product page offers it. */
export type DetailPackaging = {
  id: string // the variant
  title: string
  sku: string | null
  price: number | null // integer đồng, what the cart charges (a sale price list included)
  original_price: number | null // the list price, when a sale lowers it
  /** Units that may still be ordered online; null when not counted (unmanaged or backorderable). */
  available: number | null
}

/** A valid certificate as the product page shows it, with the packagings it covers. */
export type DetailCertificate = {
  id: string
  decision_number: string
  decision_date: string
  issuer: string
  stars: number
  product_set: number
  product_set_name: string | null
  program_year: number
  owner_name: string
  issued_at: string
  valid_until: string
  skus: { variant_id: string; sku: string | null; packaging: string; label_image_url: string | null }[]
}

/** An open showroom with some of the product's packagings on its shelf now. */
export type DetailShowroom = {
  id: string
  handle: string
  name: string
  site_type: string
  commune: string | null
  province: string | null
  address: string | null
  opening_hours: string | null
  phone: string | null
  packagings: string[]
}

/**
 * Everything a product page shows, built with the card by the listing sync and the card refresh: one
 * indexed read answers the page (GET /store/catalog/:handle), never Medusa's filters over the catalog.
 */
export type ProductDetail = {
  id: string
  handle: string
  title: string
  description: string | null
  thumbnail: string | null
  images: string[]
  category: string | null
  option_title: string
  stars: number
  product_set: number
  packagings: DetailPackaging[]
  certificates: DetailCertificate[]
  producer: Record<string, unknown> | null
  showrooms: DetailShowroom[]
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
