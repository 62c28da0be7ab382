import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ViolationsQuery } from "@ocop/contracts/schemas"
import { violationRecords } from "../../../queries/inspections"

/** Violations, newest first; `?status=open` for those still to be corrected. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ViolationsQuery>, res: MedusaResponse) => {
  const { status, limit, offset } = req.validatedQuery
  res.json(await violationRecords(req.scope, status ? { status } : {}, { limit, offset }))
}
