import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"
import { deliveryChoices, type CartShippingOption } from "../../../../../workflows/checkout/delivery-choices"
import {
  CART_PARCEL_FIELDS,
  parcelProfileIds,
  setCartDeliveryWorkflow,
} from "../../../../../workflows/checkout/set-cart-delivery"
import type { SetCartDeliveryBody } from "./validators"

/** The delivery kinds this cart can use, each with its per-producer parcels and summed fee. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph(
    { entity: "cart", fields: CART_PARCEL_FIELDS, filters: { id: req.params.id } },
    { throwIfKeyNotFound: true }
  )
  const { result: options } = await listShippingOptionsForCartWorkflow(req.scope).run({
    input: { cart_id: req.params.id },
  })
  res.json({ delivery_choices: deliveryChoices(parcelProfileIds(carts[0]), options as unknown as CartShippingOption[]) })
}

export const POST = async (req: MedusaRequest<SetCartDeliveryBody>, res: MedusaResponse) => {
  const { result } = await setCartDeliveryWorkflow(req.scope).run({
    input: { cart_id: req.params.id, code: req.validatedBody.code },
  })
  res.json({ delivery: result })
}
