import { model } from "@medusajs/framework/utils"
import { REFUND_METHODS, SHOPPER_REFUND_STATUSES } from "@ocop/contracts"

/**
 * Money given back to a shopper for one producer's part (issue 16): the part is the unit of refunds,
 * as it is of cancellations and settlements. Medusa's own refund on the order's payment records the
 * same amount; this says which producer's part it was for and, for a transfer or cash refund, whether
 * the office has transferred it yet.
 */
export const ShopperRefund = model
  .define("shopper_refund", {
    id: model.id({ prefix: "shrf" }).primaryKey(),
    order_id: model.text(),
    producer_order_id: model.text(),
    producer_id: model.text(),
    payment_id: model.text(),
    /** Integer đồng. */
    amount: model.bigNumber(),
    method: model.enum([...REFUND_METHODS]),
    // A card refund is done by Stripe at once; the others wait for the office's transfer.
    status: model.enum([...SHOPPER_REFUND_STATUSES]),
    reason: model.text(),
    created_by: model.text().nullable(),
    payout_reference: model.text().nullable(),
    paid_out_at: model.dateTime().nullable(),
    paid_out_by: model.text().nullable(),
  })
  .indexes([{ on: ["producer_order_id"] }, { on: ["order_id"] }, { on: ["status"] }])
