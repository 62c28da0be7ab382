import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { settlementStatement } from "../../../../queries/settlements"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ statement: await settlementStatement(req.scope, req.params.id) })
}
