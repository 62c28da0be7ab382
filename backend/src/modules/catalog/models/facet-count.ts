import { model } from "@medusajs/framework/utils"

/**
 * How many listed cards share each combination of facet values: the facet counts of every catalog
 * request without words or a price range (the home page, most browsing) read these few rows instead
 * of every card. Recounted by the card writer in the transaction that changes the cards.
 */
export const FacetCount = model.define("catalog_facet_count", {
  id: model.id({ prefix: "cfc" }).primaryKey(),
  stars: model.number(),
  product_set: model.number(),
  province_code: model.number().nullable(),
  commune_code: model.number().nullable(),
  producer_code: model.number().nullable(),
  in_stock: model.boolean(),
  cards: model.number(),
})
