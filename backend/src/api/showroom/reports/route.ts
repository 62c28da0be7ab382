import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PeriodQuery } from "@ocop/contracts/schemas"
import { showroomReport } from "../../../queries/showroom-reports"
import { showroomContext } from "../context"

/** The staff member's own showroom's report for a period (the last 30 days by default). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, PeriodQuery>, res: MedusaResponse) => {
  const { showroom } = await showroomContext(req)
  res.json({
    showroom: { id: showroom.id, name: showroom.name },
    report: await showroomReport(req.scope, showroom.id, req.validatedQuery),
  })
}
