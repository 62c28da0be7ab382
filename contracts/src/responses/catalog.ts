// What the store API answers about products and producers (GET /store/catalog,
// /store/catalog/:handle, /store/producers/:handle; docs/ARCHITECTURE.md, docs/PRODUCER-API.md).
// JSON shapes: dates are ISO strings, money is integer đồng (VND, tax included).
import type { OwnerType } from "../ocop"
import type { CertificateSummary, ProductCertificate } from "./certificates"
import type { ShowroomStocking } from "./showroom"

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
}
