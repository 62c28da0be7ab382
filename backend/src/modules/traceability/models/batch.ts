import { model } from "@medusajs/framework/utils"
import { ShippedBatch } from "./shipped-batch"
import { Stamp } from "./stamp"

/**
 * One production batch (lô sản xuất) of one certified packaging: what its stamps are bound to and what
 * the trace page tells a shopper (lot, production and expiry dates).
 */
export const Batch = model
  .define("production_batch", {
    id: model.id({ prefix: "batch" }).primaryKey(),
    producer_id: model.text(),
    variant_id: model.text(),
    lot_number: model.text(),
    produced_on: model.dateTime(),
    expires_on: model.dateTime().nullable(),
    quantity: model.number(),
    stamps: model.hasMany(() => Stamp, { mappedBy: "batch" }),
    shipments: model.hasMany(() => ShippedBatch, { mappedBy: "batch" }),
  })
  .cascades({ delete: ["stamps"] })
  .indexes([
    { on: ["producer_id", "created_at"] },
    { on: ["producer_id", "variant_id", "lot_number"], unique: true, where: "deleted_at IS NULL" },
  ])
