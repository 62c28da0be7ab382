import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CloseMonthBody } from "@ocop/contracts/schemas"
import { settlementStatements } from "../../../../queries/settlements"
import { closeSettlementMonthWorkflow } from "../../../../workflows/settlement/close-settlement-month"

/** Closes an ended month for every producer; answers all of the month's statements, new or not. */
export const POST = async (req: AuthenticatedMedusaRequest<CloseMonthBody>, res: MedusaResponse) => {
  const { period } = req.validatedBody
  const { result: created } = await closeSettlementMonthWorkflow(req.scope).run({ input: { period } })
  res.json({ created: created.length, statements: await settlementStatements(req.scope, { period }) })
}
