import { model } from "@medusajs/framework/utils"

/**
 * A product whose card changed and whose search document may not have followed yet: written in the
 * transaction that changes the card (so a process killed after the commit leaves it behind), removed
 * once the search engine holds the card as it is. Only written when a search engine is configured.
 */
export const SearchPending = model.define("search_pending", {
  product_id: model.text().primaryKey(),
  // Set again when the card changes again: a pass removes only the entries it pushed, not newer ones.
  queued_at: model.dateTime(),
})
