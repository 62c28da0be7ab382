import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deliveryOffers } from "../../../../../queries/cart-delivery"
import { setCartDeliveryWorkflow } from "../../../../../workflows/checkout/set-cart-delivery"
import type { SetCartDeliveryBody } from "@ocop/contracts/schemas"

/**
 * The ways this cart can reach the shopper: delivery kinds with their per-producer parcels and summed
 * fee, and "Nhận tại điểm bán" at each showroom whose shelf holds the whole cart.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ delivery_choices: await deliveryOffers(req.scope, req.params.id) })
}

export const POST = async (req: MedusaRequest<SetCartDeliveryBody>, res: MedusaResponse) => {
  const { result } = await setCartDeliveryWorkflow(req.scope).run({
    input: { cart_id: req.params.id, code: req.validatedBody.code },
  })
  res.json({ delivery: result })
}
