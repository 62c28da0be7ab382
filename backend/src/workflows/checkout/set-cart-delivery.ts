import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  addShippingMethodToCartWorkflow,
  listShippingOptionsForCartWorkflow,
  updateCartWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { CART_DELIVERY_FIELDS, cartForDelivery, deliveryChannel, parcelProfileIds } from "../../queries/cart-delivery"
import { type CartShippingOption, pickDelivery } from "../../queries/delivery-choices"

/** The channel the chosen delivery needs; for a pickup, checks the showroom's shelf holds the whole cart. */
const deliveryChannelStep = createStep("cart-delivery-channel", async (input: { cart_id: string; code: string }, { container }) => {
  const cart = await cartForDelivery(container, input.cart_id)
  const { sales_channel_id } = await deliveryChannel(container, cart, input.code)
  return new StepResponse({ sales_channel_id, moves: sales_channel_id !== cart.sales_channel_id })
})

/**
 * Applies one delivery kind to the whole cart: one shipping method per producer parcel. Collecting at a
 * showroom moves the cart into that showroom's channel, so that the order reserves the showroom's
 * shelf; any other kind moves it back to the storefront, so that it never does.
 */
export const setCartDeliveryWorkflow = createWorkflow("set-cart-delivery", (input: { cart_id: string; code: string }) => {
  const channel = deliveryChannelStep(input)
  when({ channel }, ({ channel }) => channel.moves).then(() => {
    updateCartWorkflow.runAsStep({
      input: transform({ input, channel }, ({ input, channel }) => ({ id: input.cart_id, sales_channel_id: channel.sales_channel_id })),
    })
  })
  const { data: carts } = useQueryGraphStep({
    entity: "cart",
    fields: CART_DELIVERY_FIELDS,
    filters: { id: input.cart_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "cart-parcels" })
  const options = listShippingOptionsForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
  const choice = transform({ carts, options, input }, ({ carts, options, input }) =>
    pickDelivery(parcelProfileIds(carts[0] as any), options as unknown as CartShippingOption[], input.code)
  )
  const methods = transform({ choice }, ({ choice }) => choice.parcels.map((parcel) => ({ id: parcel.option_id })))
  addShippingMethodToCartWorkflow.runAsStep({ input: { cart_id: input.cart_id, options: methods } })
  return new WorkflowResponse(choice)
})

/** Before a cart's lines change: back to home delivery, so new lines are checked against online stock. */
export const resetCartToHomeDeliveryWorkflow = createWorkflow("reset-cart-to-home-delivery", (input: { cart_id: string }) => {
  const channel = deliveryChannelStep(transform({ input }, ({ input }) => ({ cart_id: input.cart_id, code: "standard" })))
  when({ channel }, ({ channel }) => channel.moves).then(() => {
    updateCartWorkflow.runAsStep({
      input: transform({ input, channel }, ({ input, channel }) => ({ id: input.cart_id, sales_channel_id: channel.sales_channel_id })),
    })
  })
  return new WorkflowResponse(channel)
})
