import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { searchWords } from "../../../modules/catalog/search-text"
import { type CatalogPage, dialectKey } from "@ocop/contracts"
import type { CatalogQuery } from "@ocop/contracts/schemas"
import { searchCatalog } from "../../../queries/catalog-search"

/**
 * The storefront catalog: one page of cards of listed products, the total and the facet counts
 * (stars, product set, province, commune, producer, in stock), from the card projection or the
 * search engine (queries/catalog-search.ts, named in X-Search-Engine). Searching without a sort puts
 * the most relevant first.
 */
export const GET = async (req: MedusaRequest<unknown, CatalogQuery>, res: MedusaResponse) => {
  const { q, sort, ...filters } = req.validatedQuery as CatalogQuery
  const words = q ? searchWords(q) : undefined
  const { page, engine, fallback } = await searchCatalog(req.scope, {
    ...filters,
    words,
    key: q ? dialectKey(q) : undefined,
    sort: sort ?? (q ? "relevance" : "newest"),
  })
  res.setHeader("X-Search-Engine", engine)
  // A header value is one line of visible ASCII: the reason is for the operator, the log has it in full.
  if (fallback) res.setHeader("X-Search-Fallback", fallback.replace(/[^\x20-\x7e]+/g, " ").slice(0, 200))
  const answer: CatalogPage = { ...page, limit: filters.limit, offset: filters.offset }
  res.json(answer)
}
