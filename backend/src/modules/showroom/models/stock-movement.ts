import { model } from "@medusajs/framework/utils"
import { ADJUSTMENT_REASONS, MOVEMENT_KINDS } from "@ocop/contracts"
import { Showroom } from "./showroom"

/**
 * One change of one SKU's shelf stock at a showroom: who, when, why and how many. The inventory level
 * holds the count; these rows explain it and feed the reports (sales carry their price and producer,
 * so a year of reports reads this one table).
 */
export const StockMovement = model
  .define("stock_movement", {
    id: model.id({ prefix: "smov" }).primaryKey(),
    kind: model.enum([...MOVEMENT_KINDS]),
    quantity: model.number(), // signed: + into the showroom, − out of it
    reason: model.enum([...ADJUSTMENT_REASONS]).nullable(), // adjustments only
    note: model.text().nullable(),
    variant_id: model.text(),
    inventory_item_id: model.text(),
    sku: model.text().nullable(),
    product_id: model.text(),
    producer_id: model.text().nullable(),
    batch_code: model.text().nullable(), // the producer's lot, when the consignment or the sale names it
    unit_price: model.number().nullable(), // VND, on sales and customer returns
    order_id: model.text().nullable(), // the POS order of a sale or a customer return
    actor_type: model.enum(["showroom_staff", "user"]),
    actor_id: model.text(),
    showroom: model.belongsTo(() => Showroom, { mappedBy: "movements" }),
  })
  .indexes([
    { on: ["showroom_id", "created_at"] },
    { on: ["showroom_id", "kind", "created_at"] },
    { on: ["producer_id", "created_at"] },
    { on: ["order_id"] },
  ])
