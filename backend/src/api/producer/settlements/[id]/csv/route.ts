import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { settlementStatement, statementCsv, statementFileName } from "../../../../../queries/settlements"
import { producerContext } from "../../../context"

/** The statement as a CSV file for a spreadsheet; another producer's is not found (404). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { producer } = await producerContext(req)
  const statement = await settlementStatement(req.scope, req.params.id, producer.id)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${statementFileName(statement)}"`)
  res.send(statementCsv(statement))
}
