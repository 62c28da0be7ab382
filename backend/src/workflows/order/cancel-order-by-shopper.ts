import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, cancelOrderWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { refundProducerPartsWorkflow } from "../payment/refund-producer-parts"
import { reopenAttachedTransfersStep } from "../payment/steps/reopen-attached-transfers"
import { cancelOpenProducerPartsStep } from "../producer/steps/cancel-open-producer-parts"
import { shopperCancelRefusal } from "./shopper-cancel-rule"
import { queueEventNoticesWorkflow } from "../notice/queue-event-notices"

/** Kept on each producer part when the shopper gives no reason of their own. */
export const SHOPPER_CANCEL_REASON = "Khách huỷ đơn"

/** The order read just before anything is written: refused (nothing changed) unless the shopper may cancel it. */
const assertShopperMayCancelStep = createStep("assert-shopper-may-cancel", async (input: { order_id: string }, { container }) => {
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph(
    { entity: "order", fields: ["id", "status"], filters: { id: input.order_id } },
    { throwIfKeyNotFound: true }
  )
  const order = orders[0]
  const parts = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducerOrders({ order_id: order.id }, { select: ["status"] })
  const refusal = shopperCancelRefusal({ status: order.status, parts: parts.map((part) => part.status) })
  if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal.message, refusal.code)
  return new StepResponse(order.id)
})

/**
 * A shopper cancels their own order before any parcel leaves (issue 16): every open producer part is
 * cancelled with the shopper's reason and what was paid for it refunded part by part, then Medusa
 * cancels the order (stock reservations released, the uncaptured payment cancelled; nothing is left
 * for it to refund). Medusa's cancellation fails the whole workflow if it cannot go on, and
 * the parts' compensation puts them back. It holds the order's lock (the key Medusa's order workflows
 * take) from the check to the end, as the SePay webhook does: a transfer arriving meanwhile waits and
 * then finds the order closed.
 */
export const cancelOrderByShopperWorkflow = createWorkflow(
  "cancel-order-by-shopper",
  (input: { order_id: string; reason?: string }) => {
    acquireLockStep({ key: input.order_id, timeout: 30, ttl: 120 })
    const order_id = assertShopperMayCancelStep({ order_id: input.order_id })
    const parts = cancelOpenProducerPartsStep(
      transform({ order_id, input }, ({ order_id, input }) => ({
        order_id,
        reason: input.reason ? `${SHOPPER_CANCEL_REASON}: ${input.reason}` : SHOPPER_CANCEL_REASON,
      }))
    )
    refundProducerPartsWorkflow.runAsStep({
      input: transform({ order_id, parts }, ({ order_id, parts }) => ({
        order_id,
        parts: parts.map((producer_order_id) => ({ producer_order_id })),
        reason: SHOPPER_CANCEL_REASON,
      })),
    })
    reopenAttachedTransfersStep({ order_id })
    cancelOrderWorkflow.runAsStep({ input: transform({ order_id }, ({ order_id }) => ({ order_id })) })
    queueEventNoticesWorkflow.runAsStep({
      input: transform({ order_id, input }, ({ order_id, input }) => ({
        event: "order-canceled" as const,
        order_id,
        reason: input.reason ? `${SHOPPER_CANCEL_REASON}: ${input.reason}` : SHOPPER_CANCEL_REASON,
      })),
    })
    releaseLockStep({ key: input.order_id })
    return new WorkflowResponse(
      transform({ order_id, parts }, ({ order_id, parts }) => ({ id: order_id, producer_parts_canceled: parts }))
    )
  }
)
