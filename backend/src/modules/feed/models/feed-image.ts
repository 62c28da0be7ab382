import { model } from "@medusajs/framework/utils"

/**
 * The pixel size of a product picture, read once: platforms reject main images under 500 × 500, and
 * reading every picture on every run would make a large feed slow.
 */
export const FeedImage = model.define("feed_image", {
  id: model.id({ prefix: "fimg" }).primaryKey(),
  url: model.text().unique(),
  width: model.number(),
  height: model.number(),
})
