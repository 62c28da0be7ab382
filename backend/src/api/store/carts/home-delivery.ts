import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ICartModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { storefrontChannelId } from "../../../queries/storefront-channel"
import { resetCartToHomeDeliveryWorkflow } from "../../../workflows/checkout/reset-cart-to-home-delivery"

/**
 * A cart set to be collected at a showroom sits in that showroom's channel, where Medusa would check a
 * new line against the showroom's shelf. Changing the lines puts it back to home delivery (the shopper
 * picks the showroom again at checkout, where its stock is checked for the whole cart). Carts already
 * in the storefront channel, nearly all of them, pass with one lookup.
 */
export async function homeDeliveryBeforeLineChange(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const [cart] = await req.scope
      .resolve<ICartModuleService>(Modules.CART)
      .listCarts({ id: req.params.id }, { select: ["sales_channel_id"] })
    if (cart && cart.sales_channel_id !== (await storefrontChannelId(req.scope))) {
      await resetCartToHomeDeliveryWorkflow(req.scope).run({ input: { cart_id: req.params.id } })
    }
    next()
  } catch (error) {
    next(error)
  }
}
