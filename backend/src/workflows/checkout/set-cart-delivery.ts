import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  addShippingMethodToCartWorkflow,
  listShippingOptionsForCartWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { pickDelivery, type CartShippingOption } from "./delivery-choices"

export const CART_PARCEL_FIELDS = ["id", "items.product.shipping_profile.id"]

/** The shipping profile of each line item: one parcel per producer. */
export function parcelProfileIds(cart: { items?: ({ product?: { shipping_profile?: { id: string } | null } | null } | null)[] | null }) {
  return (cart.items ?? []).map((item) => item?.product?.shipping_profile?.id).filter((id): id is string => Boolean(id))
}

/** Applies one delivery kind to the whole cart: one shipping method per producer parcel. */
export const setCartDeliveryWorkflow = createWorkflow(
  "set-cart-delivery",
  (input: { cart_id: string; code: string }) => {
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: CART_PARCEL_FIELDS,
      filters: { id: input.cart_id },
      options: { throwIfKeyNotFound: true },
    })
    const options = listShippingOptionsForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    const choice = transform({ carts, options, input }, ({ carts, options, input }) =>
      pickDelivery(parcelProfileIds(carts[0]), options as unknown as CartShippingOption[], input.code)
    )
    const methods = transform({ choice }, ({ choice }) => choice.parcels.map((parcel) => ({ id: parcel.option_id })))
    addShippingMethodToCartWorkflow.runAsStep({ input: { cart_id: input.cart_id, options: methods } })
    return new WorkflowResponse(choice)
  }
)
