import { model } from "@medusajs/framework/utils"

/**
 * One transfer the bank told us about (issue 16), kept whatever it matched: the office reconciles
 * from these. `external_id` is the notifier's own id, unique per source, so a replayed event is seen.
 */
export const IncomingTransfer = model
  .define("incoming_transfer", {
    id: model.id({ prefix: "intr" }).primaryKey(),
    source: model.text(),
    external_id: model.text(),
    /** Integer đồng. */
    amount: model.bigNumber(),
    memo: model.text(),
    received_at: model.dateTime(),
    bank_reference: model.text().nullable(),
    status: model.enum(["matched", "partial", "unmatched", "order_closed"]),
    order_id: model.text().nullable(),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["source", "external_id"], unique: true }, { on: ["order_id"] }])
