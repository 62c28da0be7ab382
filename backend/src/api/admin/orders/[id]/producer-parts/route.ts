import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderPartsMoney } from "../../../../../queries/part-refunds"

/** An order's producer parts with what was paid and refunded for each: the office's order page. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ parts: await orderPartsMoney(req.scope, req.params.id) })
}
