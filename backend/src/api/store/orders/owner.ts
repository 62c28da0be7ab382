import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@ocop/contracts"

export const ORDER_NOT_FOUND = "Không tìm thấy đơn hàng."

/**
 * A guest's order is reached by its unguessable id alone (the confirmation page, the lookup), as Medusa's
 * own `GET /store/orders/:id` does. An order of a registered account is that account's only: anybody else,
 * logged in as another customer or not at all, gets the 404 an unknown id gets, on Medusa's route and on
 * ours under `/store/orders/:id/…` alike (Medusa's "secure order retrieval" guide).
 */
export async function ownOrdersOnly(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "customer.has_account"],
    filters: { id: req.params.id },
  })
  const order = data[0]
  // An unknown id is the route's own 404.
  if (!order?.customer?.has_account) return next()
  if (order.customer_id === (req as Partial<AuthenticatedMedusaRequest>).auth_context?.actor_id) return next()
  next(new MedusaError(MedusaError.Types.NOT_FOUND, ORDER_NOT_FOUND, ERROR_CODES.NOT_FOUND))
}
