// What the store API answers about products and producers (GET /store/catalog,
// /store/catalog/:handle, /store/producers/:handle; docs/ARCHITECTURE.md, docs/PRODUCER-API.md).
// JSON shapes: dates are ISO strings, money is integer đồng (VND, tax included).
import type { OwnerType } from "../ocop"
import type { CertificateSummary, ProductCertificate } from "./certificates"
import type { ShowroomStocking } from "./showroom"
import type { StandardLink } from "./standards"

/** What anyone may read about an approved producer: never its tax code, phone, email or status history. */
export type ProducerProfile = {
  id: string
  handle: string
  name: string
  owner_type: OwnerType
  commune: string | null
  province: string | null
  /** The district printed on certificates issued before 1/7/2025, when districts were abolished. */
  district_as_issued: string | null
  address_as_issued: string | null
  story: string | null
  logo_url: string | null
}

/** An approved producer's page, with the certificates it holds (only those valid now). */
export type PublicProducer = ProducerProfile & { certificates: CertificateSummary[] }

/** One packaging as the product page offers it. */
export type ProductPackaging = {
  /** The variant. */
  id: string
  title: string
  sku: string | null
  /** What the cart charges (a sale price list included). */
  price: number | null
  /** The list price, when a sale lowers it. */
  original_price: number | null
  /** Units that may still be ordered online; null when not counted (unmanaged or backorderable). */
  available: number | null
}

/**
 * Everything a product page shows, in one read (GET /store/catalog/:handle): only packagings a valid
 * certificate covers, only valid certificates, the producer and the showrooms holding it now.
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
  packagings: ProductPackaging[]
  certificates: ProductCertificate[]
  /** Null unless the producer is approved. */
  producer: ProducerProfile | null
  showrooms: ShowroomStocking[]
  /** The published TCCS and production process in force (issue 19), TCCS first. */
  standards: StandardLink[]
}

/** A listed product as the catalog read model keeps it: everything a card shows, nothing more. */
export type CatalogCard = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  /** The cheapest packaging a valid certificate covers. */
  price_min: number | null
  stars: number
  product_set: number
  province: string | null
  commune: string | null
  producer_handle: string | null
  producer_name: string | null
  in_stock: boolean
  listed_at: string
  valid_until: string
}

export type CatalogFacet = "stars" | "product_set" | "province" | "commune" | "producer" | "in_stock"

/** One value of a facet: `label` is the producer's name, or the province of a commune. */
export type FacetValue = { value: string; label: string | null; count: number }

/** Facets are disjunctive: a facet's counts ignore its own selection, so the other values stay visible. */
export type CatalogFacets = Record<CatalogFacet, FacetValue[]>

/**
 * How the search words matched: `exact` when every word was found as typed (or there were none),
 * `similar` when too few cards had them all, so cards whose text is like the words (a dialect
 * spelling, a doubled letter, a typo) were added after those that had them.
 */
export type CatalogMatch = "exact" | "similar"

/** One page of catalog cards with the total and the facet counts (GET /store/catalog). */
export type CatalogPage = {
  cards: CatalogCard[]
  count: number
  limit: number
  offset: number
  facets: CatalogFacets
  matched: CatalogMatch
  /**
   * When the cards were found only by likeness: the query with its words as the top cards' titles
   * write them (`didYouMean`), e.g. "mật ong" for "mat ongg"; null otherwise.
   */
  did_you_mean: string | null
}

/** A product as a suggestion while typing shows it. */
export type ProductSuggestion = Pick<CatalogCard, "title" | "handle" | "thumbnail" | "price_min" | "stars">

/**
 * What the header's search box suggests for the words typed so far (GET /store/catalog/suggestions):
 * up to 5 products found as the catalog finds them, up to 3 producers and 3 communes whose names hold
 * the words or are like them, each with its number of listed products.
 */
export type CatalogSuggestions = {
  products: ProductSuggestion[]
  producers: { handle: string; name: string; count: number }[]
  communes: { name: string; province: string | null; count: number }[]
}

/**
 * The listed products most ordered in the last 90 days (then the most stars, then the newest), of one
 * province or, with `province` null, of the whole shop (GET /store/catalog/popular).
 */
export type PopularProducts = { province: string | null; cards: CatalogCard[] }
