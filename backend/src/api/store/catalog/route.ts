import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CATALOG_MODULE } from "../../../modules/catalog"
import type CatalogModuleService from "../../../modules/catalog/service"
import { searchWords } from "../../../modules/catalog/search-text"
import { type CatalogPage, dialectKey, didYouMean } from "@ocop/contracts"
import type { CatalogQuery } from "@ocop/contracts/schemas"

/**
 * The storefront catalog: one page of cards of listed products, the total and the facet counts
 * (stars, product set, province, commune, producer, in stock), from the card projection. Searching
 * without a sort puts the most relevant first. When the cards were found only by likeness, it also
 * says what the shopper probably meant, in the words of the cards' titles.
 */
export const GET = async (req: MedusaRequest<unknown, CatalogQuery>, res: MedusaResponse) => {
  const { q, sort, ...filters } = req.validatedQuery as CatalogQuery
  const catalog = req.scope.resolve<CatalogModuleService>(CATALOG_MODULE)
  const words = q ? searchWords(q) : undefined
  const { cards, count, facets, matched } = await catalog.searchCards({
    ...filters,
    words,
    key: q ? dialectKey(q) : undefined,
    sort: sort ?? (q ? "relevance" : "newest"),
  })
  const did_you_mean =
    q && matched === "similar"
      ? didYouMean(
          q,
          cards.map((card) => card.title)
        )
      : null
  const page: CatalogPage = { cards, count, limit: filters.limit, offset: filters.offset, facets, matched, did_you_mean }
  res.json(page)
}
