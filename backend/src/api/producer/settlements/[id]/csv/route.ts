import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { settlementStatement, statementCsv, statementFileName } from "../../../../../queries/settlements"
import { sendCsv } from "../../../../../utils/csv"
import { producerContext } from "../../../context"

/** The statement as a CSV file for a spreadsheet; another producer's is not found (404). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { producer } = await producerContext(req)
  const statement = await settlementStatement(req.scope, req.params.id, producer.id)
  sendCsv(res, statementFileName(statement), statementCsv(statement))
}
