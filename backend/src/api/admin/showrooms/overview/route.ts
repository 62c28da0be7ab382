import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { overviewCsv, periodDays, showroomOverview } from "../../../../queries/showroom-reports"
import type { PeriodQuery } from "@ocop/contracts/schemas"

/** All showrooms ranked, weakest first; `format=csv` downloads the same table. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, PeriodQuery>, res: MedusaResponse) => {
  const rows = await showroomOverview(req.scope, req.validatedQuery)
  if (req.validatedQuery.format === "csv") {
    const days = periodDays(req.validatedQuery)
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="diem-ban-ocop_${days.from}_${days.to}.csv"`)
    res.send(overviewCsv(rows))
    return
  }
  res.json({ period: periodDays(req.validatedQuery), showrooms: rows })
}
