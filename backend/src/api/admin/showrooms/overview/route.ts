import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { overviewCsv, PeriodQuery, showroomOverview } from "../../../showroom-reports"

/** All showrooms ranked, weakest first; `format=csv` downloads the same table. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, PeriodQuery>, res: MedusaResponse) => {
  const rows = await showroomOverview(req.scope, req.validatedQuery)
  if (req.validatedQuery.format === "csv") {
    const day = (date: Date) => date.toISOString().slice(0, 10)
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="diem-ban-ocop_${day(req.validatedQuery.from)}_${day(req.validatedQuery.to)}.csv"`)
    res.send(overviewCsv(rows))
    return
  }
  res.json({ period: { from: req.validatedQuery.from, to: req.validatedQuery.to }, showrooms: rows })
}
