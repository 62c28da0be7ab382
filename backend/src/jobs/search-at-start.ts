import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SEARCH_MODULE } from "../modules/search"
import type SearchModuleService from "../modules/search/service"

/**
 * Once, a few seconds after the server starts: the catalog index exists with the settings of this
 * version (searchable, filterable and sortable attributes, ranking, typos, synonyms) before shoppers
 * search. Cards the engine missed while the server was down are pushed by the start-up crash sweep.
 */
export default async function searchAtStartJob(container: MedusaContainer) {
  const search = container.resolve<SearchModuleService>(SEARCH_MODULE)
  if (!search.enabled) return
  try {
    await search.prepare()
  } catch (error) {
    container
      .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
      .warn(`Meilisearch settings not applied yet (${(error as Error).message}); retried at the first search or write.`)
  }
}

export const config = { name: "search-at-start", schedule: { interval: 3_000, numberOfExecutions: 1 } }
