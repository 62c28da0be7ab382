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
    /**
     * matched, partial, unmatched, order_closed: what the memo and amount matched on arrival. The
     * office's decisions: attached (to an order, by hand), overpaid (attached, and the surplus is owed
     * back), returned (the money, or the surplus, sent back to the sender), ignored.
     */
    status: model.enum(["matched", "partial", "unmatched", "order_closed", "attached", "overpaid", "returned", "ignored"]),
    order_id: model.text().nullable(),
    note: model.text().nullable(),
    /** Integer đồng paid above the order's total when it was attached: owed back to the sender. */
    owed_back: model.bigNumber().nullable(),
    /** The office user who decided, and when; null while it was only matched automatically. */
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["source", "external_id"], unique: true }, { on: ["order_id"] }, { on: ["status"] }])
