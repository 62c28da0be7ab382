import { model } from "@medusajs/framework/utils"
import { SETTLEMENT_STATUSES } from "@ocop/contracts"
import { SettlementLine } from "./settlement-line"

/**
 * What the marketplace and one producer owe each other for one calendar month (issue 16). Its totals
 * are the sums of its lines, written once when the month is closed; paid, it never changes again.
 */
export const SettlementStatement = model
  .define("settlement_statement", {
    id: model.id({ prefix: "stmt" }).primaryKey(),
    producer_id: model.text(),
    /** "2026-11": the month in Vietnam's time. */
    period: model.text(),
    commission_bps: model.number(),
    // Integer đồng, as in contracts' SettlementTotals.
    collected_by_marketplace: model.bigNumber(),
    collected_by_producer: model.bigNumber(),
    commission: model.bigNumber(),
    balance: model.bigNumber(),
    status: model.enum([...SETTLEMENT_STATUSES]).default("open"),
    payout_reference: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
    lines: model.hasMany(() => SettlementLine, { mappedBy: "statement" }),
  })
  .cascades({ delete: ["lines"] })
  .indexes([
    // Closing a month twice finds the statement already there.
    { on: ["producer_id", "period"], unique: true, where: "deleted_at IS NULL" },
    { on: ["period", "status"] },
  ])
