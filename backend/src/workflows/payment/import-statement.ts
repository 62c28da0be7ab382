import type { MedusaContainer } from "@medusajs/framework/types"
import type { StatementImportResult } from "@ocop/contracts"
import type { StatementCredit } from "@ocop/contracts/schemas"
import { RECONCILIATION_MODULE } from "../../modules/reconciliation"
import type { TransferStatus } from "../../modules/reconciliation/matching"
import type ReconciliationModuleService from "../../modules/reconciliation/service"
import { STATEMENT_SOURCE, statementLineIds } from "../../modules/reconciliation/statement-line"
import { recordIncomingTransferWorkflow } from "./record-incoming-transfer"

/**
 * Every credit line of a statement the office imported (already checked, all of them readable) goes
 * through the same workflow as a SePay notification, one run per line under its order's lock: a
 * matching memo and amount captures, the rest is listed for review. Each line's id is a hash of the
 * line, so a second import (or a crash half-way and an import again) records only what is missing.
 */
export async function importStatement(container: MedusaContainer, credits: StatementCredit[]): Promise<StatementImportResult> {
  const ids = statementLineIds(credits)
  const result: StatementImportResult = {
    credits: credits.length,
    already_recorded: 0,
    recorded: { matched: 0, partial: 0, unmatched: 0, order_closed: 0 },
  }
  for (const [index, credit] of credits.entries()) {
    const input = {
      source: STATEMENT_SOURCE,
      external_id: ids[index],
      amount: credit.amount,
      memo: credit.memo,
      received_at: credit.received_at,
      bank_reference: credit.reference,
    }
    try {
      const { result: run } = await recordIncomingTransferWorkflow(container).run({ input })
      if (run.replayed || !run.transfer) result.already_recorded++
      else result.recorded[run.transfer.status as TransferStatus]++
    } catch (error) {
      // The same statement imported twice at once: the other import recorded this line (unique per source and id).
      const [recorded] = await container
        .resolve<ReconciliationModuleService>(RECONCILIATION_MODULE)
        .listIncomingTransfers({ source: STATEMENT_SOURCE, external_id: input.external_id }, { select: ["id"] })
      if (!recorded) throw error
      result.already_recorded++
    }
  }
  return result
}
