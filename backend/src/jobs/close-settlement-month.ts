import type { MedusaContainer } from "@medusajs/framework/types"
import { previousMonth } from "@ocop/contracts"
import { closeSettlementMonthWorkflow } from "../workflows/settlement/close-settlement-month"

/**
 * Closes last month's statements. Every night: closing is idempotent, so the runs after the first add
 * nothing, and a month a crash or a stopped server left unclosed is closed on the next night.
 */
export default async function closeSettlementMonthJob(container: MedusaContainer) {
  await closeSettlementMonthWorkflow(container).run({ input: { period: previousMonth(new Date()) } })
}

export const config = {
  name: "close-settlement-month",
  // 20:00 UTC, 03:00 in Vietnam. Not a monthly schedule: the in-process scheduler waits with one
  // setTimeout, which cannot wait longer than 24.8 days and then fires at once, again and again.
  schedule: "0 20 * * *",
}
