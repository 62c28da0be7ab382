import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECONCILIATION_MODULE } from "../../../modules/reconciliation"
import type ReconciliationModuleService from "../../../modules/reconciliation/service"

const REOPENED_NOTE = "Đơn đã huỷ sau khi khoản này được gắn vào: cần trả lại người chuyển."

/**
 * Transfers the office attached to an order that is now being cancelled before they added up: the
 * money is the sender's again, so they go back to the review list (order_closed). A step of the
 * cancelling workflow, before Medusa's cancellation: a run killed between them leaves the order
 * uncancelled and found again, and a failed cancellation puts the transfers back.
 */
export const reopenAttachedTransfersStep = createStep(
  "reopen-attached-transfers",
  async (input: { order_id: string }, { container }) => {
    const transfers = container.resolve<ReconciliationModuleService>(RECONCILIATION_MODULE)
    const attached = await transfers.listIncomingTransfers(
      { order_id: input.order_id, status: "attached" },
      { select: ["id", "note"] }
    )
    if (attached.length)
      await transfers.updateIncomingTransfers(
        attached.map(({ id }) => ({ id, status: "order_closed" as const, note: REOPENED_NOTE }))
      )
    return new StepResponse(
      attached.map((t) => t.id),
      attached.map(({ id, note }) => ({ id, note }))
    )
  },
  async (before, { container }) => {
    if (before?.length)
      await container
        .resolve<ReconciliationModuleService>(RECONCILIATION_MODULE)
        .updateIncomingTransfers(before.map(({ id, note }) => ({ id, note, status: "attached" as const })))
  }
)
