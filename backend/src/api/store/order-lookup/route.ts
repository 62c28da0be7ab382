import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES, ORDER_LOOKUP_MISS, type OrderLookupResult } from "@ocop/contracts"
import type { OrderLookupBody } from "@ocop/contracts/schemas"
import { orderMatchingLookup } from "../../../queries/order-lookup"

/**
 * A guest finds their order by its number and the phone or e-mail given at checkout (issue 17). A match
 * answers only the order's id, the key its page is read with; every miss the same 404 sentence.
 * Rate-limited per address and per order number (rate-limits.ts).
 */
export const POST = async (req: MedusaRequest<OrderLookupBody>, res: MedusaResponse) => {
  const orderId = await orderMatchingLookup(req.scope, req.validatedBody)
  if (!orderId) throw new MedusaError(MedusaError.Types.NOT_FOUND, ORDER_LOOKUP_MISS, ERROR_CODES.NOT_FOUND)
  res.json({ order_id: orderId } satisfies OrderLookupResult)
}
