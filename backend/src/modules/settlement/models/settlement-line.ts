import { SETTLEMENT_METHODS } from "@ocop/contracts"
import { model } from "@medusajs/framework/utils"
import { SettlementStatement } from "./settlement-statement"

/** One sale on a statement: a producer's part of an online order, or a counter sale or return at a showroom. */
export const SettlementLine = model
  .define("settlement_line", {
    id: model.id({ prefix: "stln" }).primaryKey(),
    /** When the money came in: captured (transfer, card), delivered (COD), sold at the counter. */
    occurred_at: model.dateTime(),
    method: model.enum([...SETTLEMENT_METHODS]),
    /** "#1042", or the counter's "Bán tại …" / "Trả lại tại …". */
    reference: model.text(),
    /** The producer part or the showroom stock movement this line settles. */
    source_id: model.text(),
    order_id: model.text().nullable(),
    /** Integer đồng; negative for a counter return. */
    amount: model.bigNumber(),
    commission: model.bigNumber(),
    statement: model.belongsTo(() => SettlementStatement, { mappedBy: "lines" }),
  })
  .indexes([{ on: ["source_id"] }])
