import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CATALOG_MODULE } from "../../../modules/catalog"
import type CatalogModuleService from "../../../modules/catalog/service"
import { searchText } from "../../../modules/catalog/search-text"
import type { CatalogPage } from "@ocop/contracts"
import type { CatalogQuery } from "@ocop/contracts/schemas"

/**
 * The storefront catalog: one page of cards of listed products, the total and the facet counts
 * (stars, product set, province, commune, producer, in stock), from the card projection.
 */
export const GET = async (req: MedusaRequest<unknown, CatalogQuery>, res: MedusaResponse) => {
  const { q, ...filters } = req.validatedQuery as CatalogQuery
  const catalog = req.scope.resolve<CatalogModuleService>(CATALOG_MODULE)
  const words = q ? searchText([q]).split(" ").filter(Boolean) : undefined
  const { cards, count, facets } = await catalog.searchCards({ ...filters, words })
  const page: CatalogPage = { cards, count, limit: filters.limit, offset: filters.offset, facets }
  res.json(page)
}
