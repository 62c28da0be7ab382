import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bankTransferInstructions } from "../../../../../queries/bank-transfer"

/**
 * What to transfer for an order placed by bank transfer (VietQR). Like Medusa's own
 * GET /store/orders/:id, the unguessable order id is the key.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ bank_transfer: await bankTransferInstructions(req.scope, req.params.id) })
}
