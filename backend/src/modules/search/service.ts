import type { Logger } from "@medusajs/framework/types"
import type { CatalogFacets, CatalogMatch } from "@ocop/contracts"
import type { EnqueuedTaskPromise, Meilisearch, MultiSearchResponse } from "./meilisearch-types"
import type { CardQuery } from "../catalog/types"
import type { SearchDocument } from "./documents"
import { meilisearchHttpClient } from "./http-client"
import { catalogFacets, catalogSearches } from "./requests"
import { INDEX_SETTINGS } from "./settings"

export type SearchModuleOptions = {
  /** Unset: no search engine, the catalog is searched in PostgreSQL. */
  host?: string
  apiKey?: string
  /** How long a search may take before the catalog answers from PostgreSQL instead. */
  timeoutMs?: number
}

/** What the engine found for a page: the cards' ids in order, the total, the facets. */
export type SearchHits = { ids: string[]; count: number; facets: CatalogFacets; matched: CatalogMatch }

/**
 * A search that finds fewer cards than this with every word is made again on the dialect keys (as in
 * PostgreSQL, catalog/service.ts SIMILAR_BELOW).
 */
const SIMILAR_BELOW = 20
/** Writes wait for Meilisearch to have applied them: a delisted product is gone when the office's request returns. */
const WRITE_WAIT_MS = 30_000

/**
 * Meilisearch as the catalog's search engine (issue 18), when MEILISEARCH_HOST is set. The catalog
 * module's cards stay the source of truth; this index only finds, filters, sorts and counts them.
 */
export default class SearchModuleService {
  readonly enabled: boolean
  readonly indexName: string
  private readonly options: SearchModuleOptions
  private client: Promise<Meilisearch> | null = null
  private readonly logger: Logger
  private prepared: Promise<void> | null = null

  constructor({ logger }: { logger: Logger }, options: SearchModuleOptions = {}) {
    this.logger = logger
    this.enabled = Boolean(options.host)
    this.indexName = "catalog_cards"
    this.options = options
  }

  private engine(): Promise<Meilisearch> {
    const { host, apiKey, timeoutMs } = this.options
    if (!host) throw new Error("Meilisearch is not configured (MEILISEARCH_HOST)")
    this.client ??= import("meilisearch").then(
      ({ Meilisearch }) =>
        new Meilisearch({
          host,
          apiKey,
          timeout: timeoutMs ?? 2_000,
          defaultWaitOptions: { timeout: WRITE_WAIT_MS, interval: 25 },
          httpClient: meilisearchHttpClient,
        })
    )
    return this.client
  }

  /** Fails when the task did not succeed: Meilisearch reports a rejected write in the task, not the request. */
  private async done(task: EnqueuedTaskPromise) {
    const result = await task.waitTask()
    if (result.status !== "succeeded")
      throw new Error(`Meilisearch ${result.type} ${result.status}: ${result.error?.message ?? ""}`)
    return result
  }

  /** Creates the index if missing and applies its settings, once per process (again after a failure). */
  prepare(): Promise<void> {
    this.prepared ??= this.applySettings(this.indexName).catch((error) => {
      this.prepared = null
      throw error
    })
    return this.prepared
  }

  /** The index `uid` exists with the catalog's settings. */
  async applySettings(uid: string) {
    const client = await this.engine()
    const exists = await client
      .getIndex(uid)
      .then(() => true)
      .catch(() => false)
    if (!exists) await this.done(client.createIndex(uid, { primaryKey: "id" }))
    await this.done(client.index(uid).updateSettings(INDEX_SETTINGS))
  }

  /** The index a reindex is building (swapped in when complete). */
  get buildingName() {
    return `${this.indexName}_building`
  }

  /**
   * Makes the index's documents of these products exactly `documents` (absent = removed), and waits
   * until it has; also in `building`, the indexes a reindex (another process) is building, which would
   * otherwise swap in the cards as they were before this change.
   */
  async replaceDocuments(productIds: string[], documents: SearchDocument[], building: string[] = []) {
    await this.prepare()
    const client = await this.engine()
    const kept = new Set(documents.map((document) => document.id))
    const gone = productIds.filter((id) => !kept.has(id))
    // All enqueued before waiting: Meilisearch batches them into one indexing run per index (each run
    // costs 0.15–1.5 s here, whatever its size). Disjoint ids, so their order does not matter.
    const tasks = [this.indexName, ...building].flatMap((uid) => {
      const index = client.index<SearchDocument>(uid)
      return [
        ...(gone.length ? [index.deleteDocuments(gone)] : []),
        ...(documents.length ? [index.addDocuments(documents, { primaryKey: "id" })] : []),
      ]
    })
    await Promise.all(tasks.map((task) => this.done(task)))
  }

  /**
   * The cards matching a catalog query: every word as typed first; when fewer than SIMILAR_BELOW
   * cards have them, also by dialect key, answered when that finds more (`similar`).
   */
  async search(query: CardQuery): Promise<SearchHits> {
    // Words given and none left (punctuation only): nothing can hold them, as in PostgreSQL.
    if (query.words && !query.words.length) return { ids: [], count: 0, facets: catalogFacets([]), matched: "exact" }
    await this.prepare()
    let hits = await this.searchAs(query, "exact")
    if (query.key && query.words?.length && hits.count < SIMILAR_BELOW) {
      const similar = await this.searchAs(query, "similar")
      if (similar.count > hits.count) hits = similar
    }
    return hits
  }

  private async searchAs(query: CardQuery, matched: CatalogMatch): Promise<SearchHits> {
    const { results } = (await (
      await this.engine()
    ).multiSearch({
      queries: catalogSearches(query, matched).map((search) => ({ ...search, indexUid: this.indexName })),
    })) as MultiSearchResponse<{ id: string }>
    const [page] = results
    return {
      ids: page.hits.map((hit) => hit.id),
      count: page.estimatedTotalHits ?? page.totalHits ?? 0,
      facets: catalogFacets(results.map((result) => result.facetDistribution)),
      // Meilisearch forgives typos in its first search already: when the best card needed one, its name
      // is only like the words ("mat ongg"), which the storefront says, as for PostgreSQL's likeness.
      matched: page.hits[0]?._rankingScoreDetails?.typo?.typoCount ? "similar" : matched,
    }
  }

  /**
   * A fresh index built from `batches` of documents in a temporary index, then swapped in for the
   * live one (searches never see a half-built index), the old one deleted. `progress` after each batch;
   * `swapped` once the new index is live, before the old one is deleted (card changes stop going to it).
   */
  async reindex(
    batches: AsyncIterable<SearchDocument[]>,
    progress: (indexed: number) => Promise<void>,
    swapped: () => Promise<void>
  ) {
    const client = await this.engine()
    const building = this.buildingName
    await client.deleteIndexIfExists(building)
    await this.prepare()
    await this.applySettings(building)
    let indexed = 0
    for await (const documents of batches) {
      if (documents.length) await this.done(client.index(building).addDocuments(documents, { primaryKey: "id" }))
      indexed += documents.length
      await progress(indexed)
    }
    await this.done(client.swapIndexes([{ indexes: [this.indexName, building], rename: false }]))
    await swapped()
    await this.done(client.deleteIndex(building))
    this.logger.info(`Meilisearch index ${this.indexName} rebuilt with ${indexed} cards`)
    return indexed
  }
}
