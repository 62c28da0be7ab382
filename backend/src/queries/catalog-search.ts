import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CatalogPage } from "@ocop/contracts"
import { CATALOG_MODULE } from "../modules/catalog"
import type CatalogModuleService from "../modules/catalog/service"
import type { CardQuery } from "../modules/catalog/types"
import { SEARCH_MODULE } from "../modules/search"
import type { default as SearchModuleService, SearchHits } from "../modules/search/service"

export type SearchEngine = "meilisearch" | "postgres"

/**
 * After Meilisearch fails, the catalog asks PostgreSQL alone for this long: a server that hangs
 * would otherwise cost every shopper the client's timeout before the fallback answers.
 */
const RETRY_AFTER_MS = 10_000
let failed: { at: number; reason: string } | null = null

/** A catalog page, the engine that answered it, and why PostgreSQL did when Meilisearch should have. */
export type CatalogAnswer = {
  page: Omit<CatalogPage, "limit" | "offset" | "did_you_mean">
  engine: SearchEngine
  fallback?: string
}

/**
 * The one place that chooses the catalog's engine: Meilisearch when configured, PostgreSQL otherwise
 * or when Meilisearch fails (down, timing out, refusing): the shopper gets an answer either way and
 * the log says why. Meilisearch's hits are read back as cards from PostgreSQL by id, so a product
 * delisted while the index lags never shows.
 */
export async function searchCatalog(container: MedusaContainer, query: CardQuery): Promise<CatalogAnswer> {
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE)
  const search = container.resolve<SearchModuleService>(SEARCH_MODULE)
  if (!search.enabled) return { page: await catalog.searchCards(query), engine: "postgres" }
  if (failed && Date.now() - failed.at < RETRY_AFTER_MS)
    return { page: await catalog.searchCards(query), engine: "postgres", fallback: `resting after: ${failed.reason}` }
  let hits: SearchHits
  try {
    hits = await search.search(query)
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    failed = { at: Date.now(), reason }
    container
      .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
      .warn(`Catalog search answered by PostgreSQL for ${RETRY_AFTER_MS / 1000} s: Meilisearch failed (${reason})`)
    return { page: await catalog.searchCards(query), engine: "postgres", fallback: reason }
  }
  const cards = await catalog.cardsInOrder(hits.ids)
  return {
    page: { cards, count: hits.count - (hits.ids.length - cards.length), facets: hits.facets, matched: hits.matched },
    engine: "meilisearch",
  }
}
