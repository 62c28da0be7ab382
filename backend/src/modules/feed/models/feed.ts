import { model } from "@medusajs/framework/utils"
import { FEED_CHANNELS, FEED_FORMATS } from "@ocop/contracts"
import { FeedRun } from "./feed-run"

/**
 * A product catalog a platform (Meta, TikTok, Google) fetches on a schedule from a secret URL, holding
 * only purchasable packagings of listed products, narrowed by the marketer's filters.
 */
export const Feed = model
  .define("feed", {
    id: model.id({ prefix: "feed" }).primaryKey(),
    name: model.text(),
    channel: model.enum([...FEED_CHANNELS]),
    format: model.enum([...FEED_FORMATS]),
    /** FeedFilters (see filters.ts): provinces, stars, product sets, producer handles, in stock only. */
    filters: model.json(),
    utm_source: model.text().nullable(),
    utm_medium: model.text().nullable(),
    utm_campaign: model.text().nullable(),
    token: model.text(),
    active: model.boolean().default(true),
    runs: model.hasMany(() => FeedRun, { mappedBy: "feed" }),
  })
  .cascades({ delete: ["runs"] })
  .indexes([{ on: ["token"], unique: true }])
