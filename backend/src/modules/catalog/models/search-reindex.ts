import { model } from "@medusajs/framework/utils"

/**
 * A search index being built by a reindex (another process): every card change meanwhile is pushed
 * to it too, or the swap would bring back the cards as they were. Its beat moves with each batch, so
 * a reindex killed midway stops being fed once its beat is old (SEARCH_REINDEX_STALE_MS).
 */
export const SearchReindex = model.define("search_reindex", {
  index_uid: model.text().primaryKey(),
  beat_at: model.dateTime(),
})
