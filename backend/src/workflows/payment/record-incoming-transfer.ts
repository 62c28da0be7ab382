import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { RECONCILIATION_MODULE } from "../../modules/reconciliation"
import { type TransferStatus, transferStatus } from "../../modules/reconciliation/matching"
import type ReconciliationModuleService from "../../modules/reconciliation/service"
import { orderNamedInMemo } from "../../queries/order-named-in-memo"
import { queueEventNoticesWorkflow } from "../notice/queue-event-notices"

export type IncomingTransferInput = {
  source: string
  external_id: string
  /** Integer đồng. */
  amount: number
  memo: string
  received_at: string
  bank_reference: string | null
}

/** The record of this event if it came before (SePay retries, and replays on request). */
const recordedBeforeStep = createStep(
  "incoming-transfer-recorded-before",
  async (input: { source: string; external_id: string }, { container }) => {
    const [found] = await container
      .resolve<ReconciliationModuleService>(RECONCILIATION_MODULE)
      .listIncomingTransfers({ source: input.source, external_id: input.external_id }, { select: ["id", "status"] })
    return new StepResponse(found ? { id: found.id, status: found.status as TransferStatus } : null)
  }
)

/**
 * The order the memo names, read as it is now: run again under the order's lock, so a sweep
 * cancelling it at this moment has either finished (the order reads closed) or waits for this run.
 */
const orderNamedInMemoStep = createStep("order-named-in-transfer-memo", async (input: { memo: string }, { container }) => {
  return new StepResponse(await orderNamedInMemo(container, input.memo))
})

const NOTES: Record<TransferStatus, string> = {
  matched: "Đủ tiền: đã ghi nhận thanh toán của đơn.",
  partial: "Chuyển thiếu so với số tiền của đơn: chưa ghi nhận thanh toán.",
  unmatched: "Không tìm thấy đơn chuyển khoản khớp với nội dung và số tiền.",
  order_closed: "Đơn đã hủy hoặc đã được thanh toán: không ghi nhận thêm.",
}

/** The transfer, kept whatever it matched (once: not for a replay); removed again if the capture after it fails. */
const recordIncomingTransferStep = createStep(
  "record-incoming-transfer",
  async (
    input: { replayed: boolean; record: IncomingTransferInput & { status: TransferStatus; order_id: string | null } },
    { container }
  ) => {
    if (input.replayed) return new StepResponse(null)
    const { record } = input
    const transfer = await container.resolve<ReconciliationModuleService>(RECONCILIATION_MODULE).createIncomingTransfers({
      ...record,
      received_at: new Date(record.received_at),
      note: NOTES[record.status],
    })
    return new StepResponse({ id: transfer.id, status: record.status }, transfer.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ReconciliationModuleService>(RECONCILIATION_MODULE).deleteIncomingTransfers(id)
  }
)

/**
 * A transfer SePay reported (issue 16): recorded once per event id, matched to the order its memo
 * names, and, when it is that order's exact amount, the order's transfer payment captured, all in one
 * run. It holds the order's lock (the key Medusa's own order workflows and the unpaid sweep take), so
 * it never captures an order being cancelled; if the capture fails the record goes too and SePay's
 * retry starts again.
 */
export const recordIncomingTransferWorkflow = createWorkflow("record-incoming-transfer", (input: IncomingTransferInput) => {
  const before = recordedBeforeStep(input)
  const named = orderNamedInMemoStep(input).config({ name: "order-named-in-memo-unlocked" })
  const lockKey = transform({ named, input }, ({ named, input }) => named?.id ?? `transfer:${input.source}:${input.external_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const order = orderNamedInMemoStep(input)
  // A replayed event is matched to nothing: it was matched (and perhaps captured) the first time.
  const match = transform({ before, order, input }, ({ before, order, input }) => {
    const status = transferStatus(order, input.amount)
    const payment_id = !before && status === "matched" ? order?.payment_id : null
    return { replayed: !!before, record: { ...input, status, order_id: order?.id ?? null }, payment_id }
  })
  const recorded = recordIncomingTransferStep(match)
  when({ match }, ({ match }) => !!match.payment_id).then(() => {
    capturePaymentWorkflow.runAsStep({
      input: transform({ match }, ({ match }) => ({ payment_id: match.payment_id as string, amount: match.record.amount })),
    })
    queueEventNoticesWorkflow.runAsStep({
      input: transform({ match }, ({ match }) => ({
        event: "payment-received" as const,
        order_id: match.record.order_id as string,
        payment_id: match.payment_id as string,
        amount: match.record.amount,
      })),
    })
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(
    transform({ before, recorded }, ({ before, recorded }) => ({ replayed: !!before, transfer: before ?? recorded }))
  )
})
