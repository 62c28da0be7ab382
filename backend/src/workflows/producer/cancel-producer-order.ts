import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, deleteReservationsByLineItemsStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { checkProducerOrderActionStep, type ProducerOrderPart } from "./steps/check-producer-order-action"
import { updateProducerOrderStep } from "./steps/update-producer-order"

const allPartsCanceledStep = createStep("all-order-parts-canceled", async (part: ProducerOrderPart, { container }) => {
  const parts = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducerOrders({ order_id: part.order_id }, { select: ["status"] })
  return new StepResponse(parts.every((p) => p.status === "canceled"))
})

/**
 * The producer cannot fulfil its part: its lines' stock reservations are released and the
 * customer sees the reason. When every part of the order is cancelled, the order itself is.
 */
export const cancelProducerOrderWorkflow = createWorkflow(
  "cancel-producer-order",
  (input: { id: string; reason: string; member_id: string }) => {
    const part = checkProducerOrderActionStep(transform({ input }, ({ input }) => ({ id: input.id, action: "cancel" as const })))
    deleteReservationsByLineItemsStep(transform({ part }, ({ part }) => part.line_item_ids))
    updateProducerOrderStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        status: "canceled",
        cancel_reason: input.reason,
        canceled_at: new Date(),
      }))
    )
    const allCanceled = allPartsCanceledStep(part)
    when({ allCanceled }, ({ allCanceled }) => allCanceled).then(() => {
      cancelOrderWorkflow.runAsStep({
        input: transform({ part, input }, ({ part, input }) => ({ order_id: part.order_id, canceled_by: input.member_id })),
      })
    })
    return new WorkflowResponse(undefined)
  }
)
