import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SHOWROOM_MODULE } from "../../../../../modules/showroom"
import type ShowroomModuleService from "../../../../../modules/showroom/service"
import type { PeriodQuery } from "@ocop/contracts/schemas"
import { showroomReport } from "../../../../../queries/showroom-reports"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, PeriodQuery>, res: MedusaResponse) => {
  const showroom = await req.scope.resolve<ShowroomModuleService>(SHOWROOM_MODULE).retrieveShowroom(req.params.id)
  res.json({ showroom, report: await showroomReport(req.scope, showroom.id, req.validatedQuery) })
}
