import { HOME_DELIVERY } from "@ocop/contracts"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { deliveryChannelStep } from "./steps/cart-delivery-channel"

/** Before a cart's lines change: back to home delivery, so new lines are checked against online stock. */
export const resetCartToHomeDeliveryWorkflow = createWorkflow("reset-cart-to-home-delivery", (input: { cart_id: string }) => {
  const channel = deliveryChannelStep(transform({ input }, ({ input }) => ({ cart_id: input.cart_id, code: HOME_DELIVERY })))
  when({ channel }, ({ channel }) => channel.moves).then(() => {
    updateCartWorkflow.runAsStep({
      input: transform({ input, channel }, ({ input, channel }) => ({
        id: input.cart_id,
        sales_channel_id: channel.sales_channel_id,
      })),
    })
  })
  return new WorkflowResponse(channel)
})
