import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CancelOrderBody } from "@ocop/contracts/schemas"
import { cancelOrderByShopperWorkflow } from "../../../../../workflows/order/cancel-order-by-shopper"

/**
 * The shopper cancels their own order before any parcel leaves (issue 16). Like Medusa's own
 * GET /store/orders/:id and our shipments route, the unguessable order id is the key.
 */
export const POST = async (req: MedusaRequest<CancelOrderBody>, res: MedusaResponse) => {
  const { result } = await cancelOrderByShopperWorkflow(req.scope).run({
    input: { order_id: req.params.id, reason: req.validatedBody.reason || undefined },
  })
  res.json({ order: { id: result.id, status: "canceled" as const } })
}
