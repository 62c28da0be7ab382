import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"

/**
 * The order's fulfillments reach the shopper. Medusa has no undo for a delivery, so a workflow runs
 * this after every step that can be undone.
 */
export const markFulfillmentsDeliveredStep = createStep(
  "mark-fulfillments-delivered",
  async (input: { order_id: string; fulfillment_ids: string[] }, { container }) => {
    for (const fulfillmentId of input.fulfillment_ids) {
      await markOrderFulfillmentAsDeliveredWorkflow(container).run({
        input: { orderId: input.order_id, fulfillmentId },
      })
    }
    return new StepResponse(undefined)
  }
)
