/**
 * `medusa exec ./src/scripts/search-reindex.ts` (from the root: `pnpm search:reindex`): builds the
 * Meilisearch catalog index afresh from every listed card in a temporary index and swaps it in,
 * printing progress and the total time. Needs MEILISEARCH_HOST (and MEILISEARCH_API_KEY).
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { SEARCH_MODULE } from "../modules/search"
import type SearchModuleService from "../modules/search/service"
import { reindexSearch } from "../workflows/catalog/search-documents"

export default async function searchReindex({ container }: ExecArgs) {
  if (!container.resolve<SearchModuleService>(SEARCH_MODULE).enabled)
    throw new Error("MEILISEARCH_HOST is not set: there is no search index to build (the catalog is searched in PostgreSQL).")
  const started = performance.now()
  const indexed = await reindexSearch(container, (done, total) => {
    const seconds = (performance.now() - started) / 1000
    console.log(`search reindex: ${done}/${total} cards, ${Math.round(done / Math.max(seconds, 0.001))}/s`)
  })
  const seconds = (performance.now() - started) / 1000
  console.log(`search reindex done: ${indexed} cards in ${seconds.toFixed(1)} s`)
}
