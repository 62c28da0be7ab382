import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resetCartToHomeDeliveryWorkflow } from "../../../workflows/checkout/set-cart-delivery"

/**
 * A cart set to be collected at a showroom sits in that showroom's channel, where Medusa would check a
 * new line against the showroom's shelf. Changing the lines puts it back to home delivery (the shopper
 * picks the showroom again at checkout, where its stock is checked for the whole cart).
 */
export async function homeDeliveryBeforeLineChange(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await resetCartToHomeDeliveryWorkflow(req.scope).run({ input: { cart_id: req.params.id } })
    next()
  } catch (error) {
    next(error)
  }
}
