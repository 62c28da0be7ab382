import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isFinished } from "../../../queries/unfinished-checkout"
import { withCheckoutLock } from "../../../utils/checkout-lock"
import { finishPlacedCheckoutWorkflow } from "../../../workflows/recovery/finish-placed-checkout"

/**
 * A shopper who presses "Đặt hàng" again after the backend died mid-checkout gets the order already
 * linked to the cart (Medusa's complete-cart returns it); what the dead run had not done yet for it —
 * payment, stock, producer parts — is done first, so the confirmation shows a whole order. A cart
 * completed for the first time has no order yet and passes with one lookup.
 */
export async function finishInterruptedCheckout(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const cartId = req.params.id
    const query = req.scope.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
    const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
    if (links[0]) {
      // A double click reaches here while the first completion still runs: the lock makes this wait for it.
      const { result } = await withCheckoutLock(req.scope, cartId, () =>
        finishPlacedCheckoutWorkflow(req.scope).run({ input: { order_id: links[0].order_id, cart_id: cartId } })
      )
      if (!isFinished(result)) {
        req.scope
          .resolve(ContainerRegistrationKeys.LOGGER)
          .info(`Crash repair: order ${result.order_id} finished on its shopper's retry.`)
      }
    }
    next()
  } catch (error) {
    next(error)
  }
}
