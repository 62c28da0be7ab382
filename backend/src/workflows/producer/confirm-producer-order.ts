import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkProducerOrderActionStep } from "./steps/check-producer-order-action"
import { updateProducerOrderStep } from "./steps/update-producer-order"

/** The producer has seen the order and is preparing it. */
export const confirmProducerOrderWorkflow = createWorkflow(
  "confirm-producer-order",
  (input: { id: string; producer_id: string }) => {
    checkProducerOrderActionStep(
      transform({ input }, ({ input }) => ({ id: input.id, action: "confirm" as const, producer_id: input.producer_id }))
    )
    updateProducerOrderStep(
      transform({ input }, ({ input }) => ({ id: input.id, status: "confirmed", confirmed_at: new Date() }))
    )
    return new WorkflowResponse(undefined)
  }
)
