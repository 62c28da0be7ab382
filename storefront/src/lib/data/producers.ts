import "server-only"
import { getSdk } from "@/lib/config"
import { type CatalogCard, searchCatalog } from "@/lib/data/catalog"
import { PRODUCTS_TAG } from "@/lib/data/products"
import { isNotFound } from "@/lib/store-errors"
import type { CertificateSummary } from "@/modules/ocop/certificates"
import type { OwnerType } from "@/modules/ocop/owner-types"

/** What anyone may read about an approved producer (docs/PRODUCER-API.md): no tax code, phone or email. */
export type ProducerProfile = {
  id: string
  handle: string
  name: string
  owner_type: OwnerType
  commune: string | null
  province: string | null
  /** The district printed on certificates issued before 1/7/2025, when districts were abolished. */
  district_as_issued: string | null
  story: string | null
  logo_url: string | null
}

/** An approved producer's page, with the certificates it holds. */
export type PublicProducer = ProducerProfile & {
  /** Only those valid now. */
  certificates: CertificateSummary[]
}

/**
 * An approved producer by its handle, or null (unknown, pending or suspended: the API answers 404).
 * Cached like product pages and under the same tag: suspending a producer delists its products, and
 * the backend's listing sync then drops this page too.
 */
export async function getProducer(handle: string): Promise<PublicProducer | null> {
  try {
    const { producer } = await getSdk().client.fetch<{ producer: PublicProducer }>(
      `/store/producers/${encodeURIComponent(handle)}`,
      { next: { revalidate: 30, tags: [PRODUCTS_TAG] } },
    )
    return producer
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/**
 * Who makes a product, for its page; null when it has no approved producer (the API answers 404).
 * Cached like the product read it goes with (same lifetime and tag).
 */
export async function getProductProducer(productId: string): Promise<ProducerProfile | null> {
  try {
    const { producer } = await getSdk().client.fetch<{ producer: ProducerProfile }>(
      `/store/products/${encodeURIComponent(productId)}/producer`,
      { next: { revalidate: 30, tags: [PRODUCTS_TAG] } },
    )
    return producer
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** The catalog answers at most this many cards a request. */
const CATALOG_MAX_LIMIT = 100
/** A producer with more listed products than this is linked to the catalog for the rest. */
const MAX_CARDS = 500

/**
 * Every listed product of a producer, newest first, as catalog cards (read uncached, like the catalog:
 * a delisted product must disappear at once), with the total the catalog counts.
 */
export async function listProducerCards(handle: string): Promise<{ cards: CatalogCard[]; count: number }> {
  const cards: CatalogCard[] = []
  let count = 0
  do {
    const result = await searchCatalog({ producer: handle, sort: "newest", limit: CATALOG_MAX_LIMIT, offset: cards.length })
    if (!result.ok) throw new Error(`The store API refused the producer's catalog query: ${result.message}`)
    const { page } = result
    cards.push(...page.cards)
    count = page.count
    if (page.cards.length === 0) break
  } while (cards.length < count && cards.length < MAX_CARDS)
  return { cards, count }
}
