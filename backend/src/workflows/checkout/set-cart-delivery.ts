import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  addShippingMethodToCartWorkflow,
  listShippingOptionsForCartWorkflow,
  updateCartWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { CART_DELIVERY_FIELDS, parcelProfileIds } from "../../queries/cart-delivery"
import { pickDelivery } from "../../queries/delivery-choices"
import { deliveryChannelStep } from "./steps/cart-delivery-channel"

/**
 * Applies one delivery kind to the whole cart: one shipping method per producer parcel. Collecting at a
 * showroom moves the cart into that showroom's channel, so that the order reserves the showroom's
 * shelf; any other kind moves it back to the storefront, so that it never does.
 */
export const setCartDeliveryWorkflow = createWorkflow("set-cart-delivery", (input: { cart_id: string; code: string }) => {
  const channel = deliveryChannelStep(input)
  when({ channel }, ({ channel }) => channel.moves).then(() => {
    updateCartWorkflow.runAsStep({
      input: transform({ input, channel }, ({ input, channel }) => ({
        id: input.cart_id,
        sales_channel_id: channel.sales_channel_id,
      })),
    })
  })
  const { data: carts } = useQueryGraphStep({
    entity: "cart",
    fields: CART_DELIVERY_FIELDS,
    filters: { id: input.cart_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "cart-parcels" })
  const options = listShippingOptionsForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
  const choice = transform({ carts, options, input }, ({ carts, options, input }) => {
    const [cart] = carts
    // Medusa types the listed options as any[]; each has the fields CartShippingOption names.
    return pickDelivery(parcelProfileIds(cart), options, input.code)
  })
  const methods = transform({ choice }, ({ choice }) => choice.parcels.map((parcel) => ({ id: parcel.option_id })))
  addShippingMethodToCartWorkflow.runAsStep({ input: { cart_id: input.cart_id, options: methods } })
  return new WorkflowResponse(choice)
})
