import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type CatalogSuggestions, dialectKey } from "@ocop/contracts"
import type { CatalogSuggestionsQuery } from "@ocop/contracts/schemas"
import { searchWords } from "../../../../modules/catalog/search-text"
import { searchCatalog } from "../../../../queries/catalog-search"
import { namedPlaces, placesLike, wordsOf } from "../../../../queries/catalog-suggestions"

/** How many products a suggestion list shows. */
const PRODUCTS = 5

/**
 * What the header's search box suggests while the shopper types: the first products the catalog's
 * own search finds, on whichever engine answers the catalog (so diacritics, dialect spellings and
 * typos are forgiven alike), and the producers and communes whose names hold the words or are like them.
 */
export const GET = async (req: MedusaRequest<unknown, CatalogSuggestionsQuery>, res: MedusaResponse) => {
  const { q } = req.validatedQuery as CatalogSuggestionsQuery
  const words = searchWords(q)
  // Punctuation only: nothing to look for.
  if (!words.length) return res.json({ products: [], producers: [], communes: [] } satisfies CatalogSuggestions)
  const [{ page }, places] = await Promise.all([
    searchCatalog(req.scope, { words, key: dialectKey(q), sort: "relevance", limit: PRODUCTS, offset: 0 }),
    namedPlaces(req.scope),
  ])
  const suggestions: CatalogSuggestions = {
    products: page.cards.map(({ title, handle, thumbnail, price_min, stars }) => ({
      title,
      handle,
      thumbnail,
      price_min,
      stars,
    })),
    ...placesLike(places, wordsOf(q)),
  }
  res.json(suggestions)
}
