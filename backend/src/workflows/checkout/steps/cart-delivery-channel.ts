import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cartForDelivery, deliveryChannel } from "../../../queries/cart-delivery"

/** The channel the chosen delivery needs; for a pickup, checks the showroom's shelf holds the whole cart. */
export const deliveryChannelStep = createStep(
  "cart-delivery-channel",
  async (input: { cart_id: string; code: string }, { container }) => {
    const cart = await cartForDelivery(container, input.cart_id)
    const { sales_channel_id } = await deliveryChannel(container, cart, input.code)
    return new StepResponse({ sales_channel_id, moves: sales_channel_id !== cart.sales_channel_id })
  }
)
