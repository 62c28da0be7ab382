import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { searchWords } from "../../../modules/catalog/search-text"
import { type CatalogPage, dialectKey, didYouMean } from "@ocop/contracts"
import type { CatalogQuery } from "@ocop/contracts/schemas"
import { searchCatalog } from "../../../queries/catalog-search"

/**
 * The storefront catalog: one page of cards of listed products, the total and the facet counts
 * (stars, product set, province, commune, producer, in stock), from the card projection or the
 * search engine (queries/catalog-search.ts, named in X-Search-Engine). Searching without a sort puts
 * the most relevant first. When the cards were found only by likeness, it also says what the shopper
 * probably meant, in the words of the cards' titles.
 */
export const GET = async (req: MedusaRequest<unknown, CatalogQuery>, res: MedusaResponse) => {
  const { q, sort, ...filters } = req.validatedQuery as CatalogQuery
  const words = q ? searchWords(q) : undefined
  const started = performance.now()
  const { page, engine, fallback } = await searchCatalog(req.scope, {
    ...filters,
    words,
    key: q ? dialectKey(q) : undefined,
    sort: sort ?? (q ? "relevance" : "newest"),
  })
  // The search's own time, for the operator and the benchmark (a client's time also holds the network).
  res.setHeader("Server-Timing", `search;dur=${(performance.now() - started).toFixed(1)}`)
  res.setHeader("X-Search-Engine", engine)
  // A header value is one line of visible ASCII: the reason is for the operator, the log has it in full.
  if (fallback) res.setHeader("X-Search-Fallback", fallback.replace(/[^\x20-\x7e]+/g, " ").slice(0, 200))
  const did_you_mean =
    q && page.matched === "similar"
      ? didYouMean(
          q,
          page.cards.map((card) => card.title)
        )
      : null
  const answer: CatalogPage = { ...page, limit: filters.limit, offset: filters.offset, did_you_mean }
  res.json(answer)
}
