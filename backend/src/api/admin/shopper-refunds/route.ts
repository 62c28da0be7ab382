import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ShopperRefundsQuery } from "@ocop/contracts/schemas"
import { shopperRefunds } from "../../../queries/part-refunds"

/** Refunds by status: `to_pay_out` is the office's list of transfers back to shoppers still to make. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ShopperRefundsQuery>, res: MedusaResponse) => {
  res.json({ refunds: await shopperRefunds(req.scope, req.validatedQuery.status) })
}
