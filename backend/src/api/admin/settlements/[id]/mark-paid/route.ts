import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MarkPaidBody } from "@ocop/contracts/schemas"
import { settlementStatement } from "../../../../../queries/settlements"
import { markStatementPaidWorkflow } from "../../../../../workflows/settlement/mark-statement-paid"

/** The office paid the statement's balance to the producer, by the bank transfer with this reference. */
export const POST = async (req: AuthenticatedMedusaRequest<MarkPaidBody>, res: MedusaResponse) => {
  await markStatementPaidWorkflow(req.scope).run({
    input: { id: req.params.id, payout_reference: req.validatedBody.payout_reference },
  })
  res.json({ statement: await settlementStatement(req.scope, req.params.id) })
}
