import { model } from "@medusajs/framework/utils"
import { STANDARD_KINDS } from "@ocop/contracts"

/**
 * One published version of a product's base standard (TCCS) or production process, as the producer
 * filed it. Never edited or replaced: a new version is a new record, and which one is in force follows
 * from the effective days (standardsInForce). Its product is linked (src/links/product-published-standard.ts).
 */
export const PublishedStandard = model
  .define("published_standard", {
    id: model.id({ prefix: "pstd" }).primaryKey(),
    kind: model.enum([...STANDARD_KINDS]),
    version: model.text(), // as printed on the document, e.g. "TCCS 01:2026/HTX Hương Sơn"
    effective_on: model.dateTime(), // midnight in Vietnam of the day it takes effect
    file: model.text(), // the File Module's name for the upload, served by GET /uploads/:name
    url: model.text(),
    published_at: model.dateTime(),
  })
  .indexes([{ on: ["effective_on"] }])
