import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ERROR_CODES, formatVnd, type IncomingTransferStatus } from "@ocop/contracts"
import { RECONCILIATION_MODULE } from "../../modules/reconciliation"
import { attachOutcome } from "../../modules/reconciliation/matching"
import type ReconciliationModuleService from "../../modules/reconciliation/service"
import { type OrderNamedInMemo, transferOrder } from "../../queries/order-named-in-memo"
import { queueEventNoticesWorkflow } from "../notice/queue-event-notices"

// The office's decisions about a transfer that did not pay its order on arrival (issue 16).

const reconciliation = (container: { resolve: <T>(key: string) => T }) =>
  container.resolve<ReconciliationModuleService>(RECONCILIATION_MODULE)

/** What a person can still decide about; overpaid only waits for its surplus to be sent back. */
const OPEN_FOR: Record<"attach" | "returned" | "ignored", IncomingTransferStatus[]> = {
  attach: ["partial", "unmatched", "order_closed"],
  returned: ["partial", "unmatched", "order_closed", "overpaid"],
  ignored: ["partial", "unmatched", "order_closed"],
}

type Decided = {
  id: string
  status: IncomingTransferStatus
  order_id: string | null
  owed_back: number | null
  note: string | null
}

/** The transfer as it is now, refused when it is settled already (another clerk may have decided). */
async function openTransfer(container: Parameters<typeof reconciliation>[0], id: string, decision: keyof typeof OPEN_FOR) {
  const transfer = await reconciliation(container)
    .retrieveIncomingTransfer(id)
    .catch(() => null)
  if (!transfer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy khoản chuyển khoản này.")
  if (!OPEN_FOR[decision].includes(transfer.status))
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      transfer.status === "overpaid"
        ? "Khoản này đã ghi nhận cho đơn; phần thừa chỉ còn chờ được trả lại người chuyển."
        : "Khoản chuyển khoản này đã được xử lý trước đó: tải lại danh sách để xem quyết định.",
      ERROR_CODES.TRANSFER_DECIDED
    )
  return transfer
}

/** The transfer's decided fields, changed; the compensation puts back what they were. */
const decideTransferStep = createStep(
  "decide-incoming-transfer",
  async (input: Decided & { decided_by: string }, { container }) => {
    const before = await reconciliation(container).retrieveIncomingTransfer(input.id)
    await reconciliation(container).updateIncomingTransfers({ ...input, decided_at: new Date() })
    return new StepResponse(input, {
      id: before.id,
      status: before.status,
      order_id: before.order_id,
      owed_back: before.owed_back === null ? null : Number(before.owed_back),
      note: before.note,
      decided_by: before.decided_by,
      decided_at: before.decided_at,
    })
  },
  async (before, { container }) => {
    if (before) await reconciliation(container).updateIncomingTransfers(before)
  }
)

const transferOrderStep = createStep("transfer-order-by-number", async (input: { display_id: number }, { container }) => {
  return new StepResponse(await transferOrder(container, input.display_id))
})

/** Refuses what cannot be attached; otherwise what attaching does, from the transfers attached before. */
const attachDecisionStep = createStep(
  "attach-transfer-decision",
  async (input: { transfer_id: string; display_id: number; order: OrderNamedInMemo | null; note?: string }, { container }) => {
    const transfer = await openTransfer(container, input.transfer_id, "attach")
    const { order } = input
    if (!order)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Không có đơn số ${input.display_id} trả bằng chuyển khoản: kiểm tra lại số đơn.`,
        ERROR_CODES.NOT_FOUND
      )
    if (order.canceled)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Đơn số ${order.display_id} đã huỷ: không gắn tiền vào được; hãy trả lại người chuyển.`,
        ERROR_CODES.ORDER_ALREADY_CANCELED
      )
    if (order.paid || !order.payment_id)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Đơn số ${order.display_id} đã được thanh toán: không gắn thêm tiền vào được.`,
        ERROR_CODES.ORDER_PAID
      )
    const attached = await reconciliation(container).listIncomingTransfers(
      { order_id: order.id, status: "attached" },
      { select: ["amount"] }
    )
    const attachedBefore = attached.reduce((sum, t) => sum + Number(t.amount), 0)
    const outcome = attachOutcome(order.amount, attachedBefore, Number(transfer.amount))
    const note =
      input.note ||
      (outcome.owed_back
        ? `Đã gắn vào đơn #${order.display_id} và ghi nhận thanh toán; thừa ${formatVnd(outcome.owed_back)} cần trả lại người chuyển.`
        : outcome.capture
          ? `Đã gắn vào đơn #${order.display_id}: đủ tiền, đã ghi nhận thanh toán.`
          : `Đã gắn vào đơn #${order.display_id}: còn thiếu ${formatVnd(order.amount - attachedBefore - Number(transfer.amount))}.`)
    return new StepResponse({
      transfer: { id: transfer.id, status: outcome.status, order_id: order.id, owed_back: outcome.owed_back, note },
      capture: outcome.capture ? { payment_id: order.payment_id, amount: order.amount } : null,
    })
  }
)

export type AttachTransferInput = { transfer_id: string; display_id: number; note?: string; decided_by: string }

/**
 * The office attaches a transfer to an order (a partial one, one whose memo was mistyped, an
 * overpayment). Under the order's lock (the one the webhook, the shopper's cancellation and the unpaid
 * sweep take) and the transfer's own: once the order's attached transfers add up to its amount the
 * order's transfer payment is captured, for that amount; a surplus is kept on the transfer as owed
 * back. If the capture fails the transfer goes back to how it was.
 */
export const attachIncomingTransferWorkflow = createWorkflow("attach-incoming-transfer", (input: AttachTransferInput) => {
  const named = transferOrderStep(input).config({ name: "transfer-order-by-number-unlocked" })
  const keys = transform({ named, input }, ({ named, input }) => [
    named?.id ?? `transfer-order:${input.display_id}`,
    input.transfer_id,
  ])
  acquireLockStep({ key: keys, timeout: 30, ttl: 120 })
  const order = transferOrderStep(input)
  const decision = attachDecisionStep(
    transform({ input, order }, ({ input, order }) => ({
      transfer_id: input.transfer_id,
      display_id: input.display_id,
      order,
      note: input.note,
    }))
  )
  const decided = decideTransferStep(
    transform({ decision, input }, ({ decision, input }) => ({ ...decision.transfer, decided_by: input.decided_by }))
  )
  when({ decision }, ({ decision }) => !!decision.capture).then(() => {
    capturePaymentWorkflow.runAsStep({
      input: transform({ decision }, ({ decision }) => decision.capture as { payment_id: string; amount: number }),
    })
    queueEventNoticesWorkflow.runAsStep({
      input: transform({ decision, order }, ({ decision, order }) => {
        const capture = decision.capture as { payment_id: string; amount: number }
        return { event: "payment-received" as const, order_id: order?.id as string, ...capture }
      }),
    })
  })
  releaseLockStep({ key: keys })
  return new WorkflowResponse(
    transform({ decided, decision }, ({ decided, decision }) => ({ ...decided, captured: !!decision.capture }))
  )
})

export type DismissTransferInput = { transfer_id: string; outcome: "returned" | "ignored"; note: string; decided_by: string }

const dismissDecisionStep = createStep("dismiss-transfer-decision", async (input: DismissTransferInput, { container }) => {
  const transfer = await openTransfer(container, input.transfer_id, input.outcome)
  return new StepResponse({
    id: transfer.id,
    status: input.outcome,
    order_id: transfer.order_id,
    owed_back: transfer.owed_back === null ? null : Number(transfer.owed_back),
    note: input.note,
  })
})

/**
 * The office settles a transfer no order takes: the money (or an overpayment's surplus) was sent back
 * to the sender, or it is not the marketplace's to match (ignored), always with a note saying why.
 */
export const dismissIncomingTransferWorkflow = createWorkflow("dismiss-incoming-transfer", (input: DismissTransferInput) => {
  acquireLockStep({ key: input.transfer_id, timeout: 30, ttl: 60 })
  const decision = dismissDecisionStep(input)
  const decided = decideTransferStep(
    transform({ decision, input }, ({ decision, input }) => ({ ...decision, decided_by: input.decided_by }))
  )
  releaseLockStep({ key: input.transfer_id })
  return new WorkflowResponse(decided)
})
