import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, cancelOrderWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import { producerOrderStatusAfter } from "../../modules/producer/order-transitions"
import { cancelOpenProducerPartsStep } from "../producer/steps/cancel-open-producer-parts"
import { reopenAttachedTransfersStep } from "./steps/reopen-attached-transfers"
import type ProducerModuleService from "../../modules/producer/service"
import { orderCanceledKey } from "../../queries/notices"
import { queueNoticesWorkflow } from "../notice/queue-notices"
import { type UnpaidTransferOrder, unpaidTransferOrders } from "../../queries/unpaid-transfer-orders"

/** Shown to the shopper and kept on each producer part the cancellation closes. */
export const UNPAID_CANCEL_REASON = "Quá hạn chuyển khoản"

/**
 * The order, read again just before anything is written: null when it has been cancelled or paid
 * since the sweep found it, so a second run (or two sweeps at once) changes nothing. A parcel already
 * handed to the carrier cannot be cancelled (Medusa refuses an order with a live fulfillment): refused
 * here, before the shopper is told anything, and logged by the sweep until someone settles it.
 */
const stillUnpaidStep = createStep(
  "still-unpaid-transfer-order",
  async (input: { order_id: string; placed_before: string }, { container }) => {
    const [order] = await unpaidTransferOrders(container, new Date(input.placed_before), [input.order_id])
    if (!order) return new StepResponse(null)
    const parts = await container
      .resolve<ProducerModuleService>(PRODUCER_MODULE)
      .listProducerOrders({ order_id: order.id }, { select: ["status"] })
    if (parts.some((part) => part.status !== "canceled" && "refusal" in producerOrderStatusAfter("cancel", part.status)))
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Đơn ${order.display_id} chưa được thanh toán nhưng đã có phần đơn giao cho vận chuyển: không tự hủy được.`
      )
    return new StepResponse(order)
  }
)

/**
 * An order paid by bank transfer whose money did not arrive in time (issue 16): its producers' open
 * parts are cancelled, the shopper is told why, then Medusa cancels the order (its stock reservations
 * released, the authorized, uncaptured transfer payment cancelled). The notice is a step here, not a
 * subscriber to `order.canceled` (an event dies with the process), and it comes before the order's
 * cancellation: a run killed between the two leaves the order unpaid and uncancelled, so the next
 * sweep finds it again, and the notice's idempotency key keeps the shopper from being told twice.
 * It holds the order's lock (the key Medusa's order workflows take) from the check to the end, as the
 * SePay webhook does: a transfer arriving meanwhile waits and then finds the order closed.
 */
export const cancelUnpaidTransferOrderWorkflow = createWorkflow(
  "cancel-unpaid-transfer-order",
  (input: { order_id: string; placed_before: string }) => {
    acquireLockStep({ key: input.order_id, timeout: 30, ttl: 120 })
    const order = stillUnpaidStep(input)
    const canceled = when({ order }, ({ order }) => !!order).then(() => {
      const unpaid = transform({ order }, ({ order }) => order as UnpaidTransferOrder)
      const parts = cancelOpenProducerPartsStep(
        transform({ unpaid }, ({ unpaid }) => ({ order_id: unpaid.id, reason: UNPAID_CANCEL_REASON }))
      )
      queueNoticesWorkflow.runAsStep({
        input: transform({ unpaid }, ({ unpaid }) => ({
          notices: unpaid.email
            ? [
                {
                  template: "order-unpaid-canceled" as const,
                  to: unpaid.email,
                  data: {
                    display_id: unpaid.display_id,
                    amount: unpaid.amount,
                    currency_code: unpaid.currency_code,
                    reason: UNPAID_CANCEL_REASON,
                  },
                  // The key every cancellation notice of this order shares: Medusa's order.canceled, raised
                  // by the cancellation below, finds the shopper already told.
                  idempotency_key: orderCanceledKey(unpaid.id),
                  resource_type: "order",
                  resource_id: unpaid.id,
                },
              ]
            : [],
        })),
      })
      reopenAttachedTransfersStep(transform({ unpaid }, ({ unpaid }) => ({ order_id: unpaid.id })))
      cancelOrderWorkflow.runAsStep({ input: transform({ unpaid }, ({ unpaid }) => ({ order_id: unpaid.id })) })
      return parts
    })
    releaseLockStep({ key: input.order_id })
    return new WorkflowResponse(
      transform({ order, canceled }, ({ order, canceled }) => ({
        canceled: !!order,
        producer_parts_canceled: canceled ?? [],
      }))
    )
  }
)
