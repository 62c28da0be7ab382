import "server-only"
import { getSdk } from "@/lib/config"
import { searchCatalog } from "@/lib/data/catalog"
import { PRODUCTS_TAG } from "@/lib/data/products"
import { sharedRead, type SharedReadOptions } from "@/lib/data/shared-read"
import { isNotFound } from "@/lib/store-errors"
import type { CatalogCard, PublicProducer } from "@ocop/contracts"

/** Cached like the product reads (same lifetime and tag), one backend request per key (lib/data/shared-read.ts). */
const LIKE_PRODUCTS: SharedReadOptions = { ttlMs: 30_000, tags: [PRODUCTS_TAG] }

/** The producer the store API answers at `path`, or null for its 404; a 404 is cached like an answer. */
async function readProducer<T>(path: string): Promise<T | null> {
  try {
    const { producer } = await getSdk().client.fetch<{ producer: T }>(path, { cache: "no-store" })
    return producer
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/**
 * An approved producer by its handle, or null (unknown, pending or suspended: the API answers 404).
 * Cached like product pages and under the same tag: suspending a producer delists its products, and
 * the backend's listing sync then drops this page too.
 */
export async function getProducer(handle: string): Promise<PublicProducer | null> {
  return sharedRead(`producer:${handle}`, LIKE_PRODUCTS, () =>
    readProducer<PublicProducer>(`/store/producers/${encodeURIComponent(handle)}`)
  )
}

/** The catalog answers at most this many cards a request. */
const CATALOG_MAX_LIMIT = 100
/** A producer with more listed products than this is linked to the catalog for the rest. */
const MAX_CARDS = 500

/**
 * Every listed product of a producer, newest first, as catalog cards (read like the catalog: shared for
 * a few seconds, dropped at once when the listing changes), with the total the catalog counts.
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
