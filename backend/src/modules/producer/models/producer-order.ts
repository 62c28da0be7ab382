import { model } from "@medusajs/framework/utils"
import { PRODUCER_ORDER_STATUSES } from "@ocop/contracts"
import { Producer } from "./producer"

/**
 * One producer's part of a customer order: its lines, shipped as its own parcel. The customer's
 * order stays one Medusa order (one payment, one confirmation); each part is confirmed, shipped or
 * cancelled by its producer alone.
 */
export const ProducerOrder = model
  .define("producer_order", {
    id: model.id({ prefix: "pdrord" }).primaryKey(),
    order_id: model.text(), // the customer's Medusa order (read-only link in src/links)
    line_item_ids: model.array(), // ids of the order's lines of this producer's products
    shipping_method_ids: model.array(), // ids of the order's delivery charge(s) for this parcel
    status: model.enum([...PRODUCER_ORDER_STATUSES]).default("pending"),
    tracking_number: model.text().nullable(),
    carrier: model.text().nullable(),
    fulfillment_id: model.text().nullable(),
    cancel_reason: model.text().nullable(),
    confirmed_at: model.dateTime().nullable(),
    shipped_at: model.dateTime().nullable(),
    delivered_at: model.dateTime().nullable(), // handed to the shopper, cash collected and captured
    canceled_at: model.dateTime().nullable(),
    producer: model.belongsTo(() => Producer, { mappedBy: "orders" }),
  })
  .indexes([{ on: ["order_id", "producer_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["producer_id", "status"] }])
