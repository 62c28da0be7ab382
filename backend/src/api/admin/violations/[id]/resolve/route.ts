import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ResolveViolationBody } from "@ocop/contracts/schemas"
import { oneViolation } from "../../../../../queries/inspections"
import { resolveViolationWorkflow } from "../../../../../workflows/inspection/resolve-violation"

/** Marks a violation corrected, with an optional note on what the office judged it by. */
export const POST = async (req: AuthenticatedMedusaRequest<ResolveViolationBody>, res: MedusaResponse) => {
  await resolveViolationWorkflow(req.scope).run({ input: { id: req.params.id, note: req.validatedBody.note } })
  res.json({ violation: await oneViolation(req.scope, { id: req.params.id }) })
}
