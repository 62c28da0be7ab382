import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_MODULE } from "../../modules/catalog"
import type CatalogModuleService from "../../modules/catalog/service"
import { SEARCH_MODULE } from "../../modules/search"
import { type IndexedCard, searchDocument } from "../../modules/search/documents"
import type SearchModuleService from "../../modules/search/service"

/** Products pushed per round: one request of a few hundred KB to Meilisearch. */
const PUSH_CHUNK = 500

/**
 * Pushes the search documents of queued products (search_pending) to the engine as their cards are
 * now, a deleted document for a card that is gone, waits until Meilisearch has applied them, then
 * removes the entries it pushed (not those queued again meanwhile). Only `product_ids` when given,
 * else the whole backlog. Returns how many products it pushed.
 */
export async function pushSearchDocuments(container: MedusaContainer, product_ids?: string[]): Promise<number> {
  const search = container.resolve<SearchModuleService>(SEARCH_MODULE)
  if (!search.enabled) return 0
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE)
  let pushed = 0
  for (;;) {
    const entries = await catalog.searchBacklog({ limit: PUSH_CHUNK, product_ids })
    if (!entries.length) return pushed
    const ids = entries.map((entry) => entry.product_id)
    const [cards, building] = await Promise.all([catalog.indexedCards(ids), catalog.searchIndexesBuilding()])
    await search.replaceDocuments(ids, (cards as IndexedCard[]).map(searchDocument), building)
    await catalog.clearSearchBacklog(entries)
    pushed += entries.length
    // A product queued again while this round ran waits for the next pass: a busy product cannot keep one pass going.
    if (entries.length < PUSH_CHUNK) return pushed
  }
}

/**
 * After the cards are written: the search engine gets them before the request returns (a delisted
 * product is gone from search results by then). When Meilisearch cannot be reached the change stays
 * queued for the minute job, and the catalog's id check keeps a delisted product out meanwhile.
 */
export const pushSearchDocumentsStep = createStep(
  "push-search-documents",
  async (input: { product_ids: string[] }, { container }) => {
    try {
      return new StepResponse({ pushed: await pushSearchDocuments(container, input.product_ids) })
    } catch (error) {
      container
        .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
        .warn(`Search documents left queued for the next pass: ${error instanceof Error ? error.message : String(error)}`)
      return new StepResponse({ pushed: 0 })
    }
  }
)

/** Cards read per batch of a full reindex. */
const REINDEX_CHUNK = 1000

/**
 * Builds the search index afresh from every listed card (scripts/search-reindex.ts), swapped in when
 * complete. Entries queued before it started are covered by it and cleared; a card changed while it
 * runs is pushed to the index being built as well: the reindex is recorded (search_reindex) before it
 * reads the first card, and its record beats after each batch until the new index is live.
 */
export async function reindexSearch(container: MedusaContainer, progress: (indexed: number, total: number) => void = () => {}) {
  const search = container.resolve<SearchModuleService>(SEARCH_MODULE)
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE)
  const total = (await catalog.countListed()).products
  const before = await catalog.searchBacklog({ limit: 1_000_000 })
  async function* batches() {
    let after = ""
    for (;;) {
      const cards = (await catalog.indexedCardsAfter(after, REINDEX_CHUNK)) as IndexedCard[]
      if (!cards.length) return
      after = cards[cards.length - 1].id
      yield cards.map(searchDocument)
    }
  }
  const building = search.buildingName
  await catalog.beatSearchReindex(building)
  const indexed = await search
    .reindex(
      batches(),
      async (indexed) => {
        await catalog.beatSearchReindex(building)
        progress(indexed, total)
      },
      () => catalog.endSearchReindex(building)
    )
    // A failed reindex is no longer fed either (its half-built index is dropped by the next one).
    .finally(() => catalog.endSearchReindex(building))
  await catalog.clearSearchBacklog(before)
  await pushSearchDocuments(container)
  return indexed
}
