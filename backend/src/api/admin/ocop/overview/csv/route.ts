import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { OverviewCsvQuery } from "@ocop/contracts/schemas"
import { overviewListCsv } from "../../../../../queries/office-overview"
import { sendCsv } from "../../../../../utils/csv"

/** One list of the overview, whole, as a spreadsheet file (`?list=`). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, OverviewCsvQuery>, res: MedusaResponse) => {
  const { fileName, rows } = await overviewListCsv(req.scope, req.validatedQuery.list)
  sendCsv(res, fileName, rows)
}
