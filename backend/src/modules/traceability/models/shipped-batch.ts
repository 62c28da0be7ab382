import { model } from "@medusajs/framework/utils"
import { Batch } from "./batch"

/**
 * The production batch one line of a customer's order was shipped from, named by the producer when it
 * hands its parcel to a carrier: the shopper's order page links the batch's trace page, and the batch
 * tells which orders received it.
 */
export const ShippedBatch = model
  .define("shipped_batch", {
    id: model.id({ prefix: "shpbat" }).primaryKey(),
    order_id: model.text(), // the customer's Medusa order
    line_item_id: model.text(), // the order's line shipped from this batch
    producer_order_id: model.text(), // the producer's part the parcel belongs to
    batch: model.belongsTo(() => Batch, { mappedBy: "shipments" }),
  })
  .indexes([{ on: ["order_id"] }, { on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" }])
