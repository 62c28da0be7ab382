import { model } from "@medusajs/framework/utils"
import { FEED_CHANNELS, FEED_FORMATS, FEED_RUN_STATUSES, FEED_RUN_TRIGGERS } from "@ocop/contracts"
import { Feed } from "./feed"

/** One generation of a feed's file: when, how many items, what each platform may complain about. */
export const FeedRun = model
  .define("feed_run", {
    id: model.id({ prefix: "frun" }).primaryKey(),
    trigger: model.enum([...FEED_RUN_TRIGGERS]),
    /** What the file was written as: after the marketer changes either, it is no longer served. */
    channel: model.enum([...FEED_CHANNELS]),
    format: model.enum([...FEED_FORMATS]),
    status: model.enum([...FEED_RUN_STATUSES]).default("running"),
    started_at: model.dateTime(),
    finished_at: model.dateTime().nullable(),
    items: model.number().default(0),
    warning_count: model.number().default(0),
    /** { counts: per warning code, first: the first { id, code, message } of them }. */
    warnings: model.json().nullable(),
    /** Where the file is stored, relative to the feeds directory. */
    file: model.text().nullable(),
    bytes: model.number().nullable(),
    etag: model.text().nullable(),
    error: model.text().nullable(),
    feed: model.belongsTo(() => Feed, { mappedBy: "runs" }),
  })
  .indexes([{ on: ["feed_id", "started_at"] }])
