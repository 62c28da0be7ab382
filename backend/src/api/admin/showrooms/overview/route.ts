import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { overviewCsv, periodDays, showroomOverview } from "../../../../queries/showroom-reports"
import type { PeriodQuery } from "@ocop/contracts/schemas"
import { sendCsv } from "../../../../utils/csv"

/** All showrooms ranked, weakest first; `format=csv` downloads the same table. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, PeriodQuery>, res: MedusaResponse) => {
  const rows = await showroomOverview(req.scope, req.validatedQuery)
  if (req.validatedQuery.format === "csv") {
    const days = periodDays(req.validatedQuery)
    return sendCsv(res, `diem-ban-ocop_${days.from}_${days.to}.csv`, overviewCsv(rows))
  }
  res.json({ period: periodDays(req.validatedQuery), showrooms: rows })
}
