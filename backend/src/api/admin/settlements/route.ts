import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { SettlementsQuery } from "@ocop/contracts/schemas"
import { settlementStatements } from "../../../queries/settlements"

/** Every producer's statements, newest month first; filtered by month or status. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, SettlementsQuery>, res: MedusaResponse) => {
  res.json({ statements: await settlementStatements(req.scope, req.validatedQuery) })
}
