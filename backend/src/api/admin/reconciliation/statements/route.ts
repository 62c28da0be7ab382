import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CheckedStatement } from "@ocop/contracts/schemas"
import { importStatement } from "../../../../workflows/payment/import-statement"

/**
 * The office imports a bank statement (issue 16): its lines arrive already read by the column mapping
 * in Admin, and are checked again here, every one (validateBody); then each credit is recorded.
 */
export const POST = async (req: AuthenticatedMedusaRequest<CheckedStatement>, res: MedusaResponse) => {
  res.json({ statement: await importStatement(req.scope, req.validatedBody.credits) })
}
