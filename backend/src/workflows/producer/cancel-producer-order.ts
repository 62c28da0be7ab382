import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  cancelOrderWorkflow,
  deleteReservationsByLineItemsStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { refundProducerPartsWorkflow } from "../payment/refund-producer-parts"
import { partOrderStep } from "./steps/part-order"
import { checkProducerOrderActionStep, type ProducerOrderPart } from "./steps/check-producer-order-action"
import { updateProducerOrderStep } from "./steps/update-producer-order"
import { queueEventNoticesWorkflow } from "../notice/queue-event-notices"

const allPartsCanceledStep = createStep("all-order-parts-canceled", async (part: ProducerOrderPart, { container }) => {
  const parts = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducerOrders({ order_id: part.order_id }, { select: ["status"] })
  return new StepResponse(parts.every((p) => p.status === "canceled"))
})

/**
 * A part that cannot be fulfilled, cancelled by its producer or by the office: its lines' stock
 * reservations are released, the customer sees the reason, and what they paid for it is refunded
 * (issue 16). When every part of the order is cancelled, the order itself is. It holds the order's
 * lock, as every other write to an order's money does.
 */
export const cancelProducerOrderWorkflow = createWorkflow(
  "cancel-producer-order",
  // producer_id: the acting producer, whose part it must be; absent when the office cancels.
  (input: { id: string; reason: string; canceled_by: string; producer_id?: string }) => {
    const orderId = partOrderStep(input)
    acquireLockStep({ key: orderId, timeout: 30, ttl: 120 })
    const part = checkProducerOrderActionStep(
      transform({ input }, ({ input }) => ({ id: input.id, action: "cancel" as const, producer_id: input.producer_id }))
    )
    deleteReservationsByLineItemsStep(transform({ part }, ({ part }) => part.line_item_ids))
    updateProducerOrderStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        status: "canceled",
        cancel_reason: input.reason,
        canceled_at: new Date(),
      }))
    )
    const refunds = refundProducerPartsWorkflow.runAsStep({
      input: transform({ part, input }, ({ part, input }) => ({
        order_id: part.order_id,
        parts: [{ producer_order_id: part.id }],
        reason: input.reason,
        created_by: input.canceled_by,
      })),
    })
    // The shopper is told; an order left with no open part is cancelled below and told so too.
    queueEventNoticesWorkflow.runAsStep({
      input: transform({ part }, ({ part }) => ({ event: "part-canceled" as const, order_id: part.order_id, part_id: part.id })),
    })
    const allCanceled = allPartsCanceledStep(part)
    when({ allCanceled }, ({ allCanceled }) => allCanceled).then(() => {
      cancelOrderWorkflow.runAsStep({
        input: transform({ part, input }, ({ part, input }) => ({ order_id: part.order_id, canceled_by: input.canceled_by })),
      })
    })
    releaseLockStep({ key: orderId })
    return new WorkflowResponse(refunds)
  }
)
