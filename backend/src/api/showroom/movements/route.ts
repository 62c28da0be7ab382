import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MovementsQuery } from "@ocop/contracts/schemas"
import { SHOWROOM_MODULE } from "../../../modules/showroom"
import type ShowroomModuleService from "../../../modules/showroom/service"
import { showroomContext } from "../context"

/** The showroom's movement log, newest first: who moved what, when and why. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, MovementsQuery>, res: MedusaResponse) => {
  const { showroom } = await showroomContext(req)
  const { kind, limit, offset } = req.validatedQuery
  const [movements, count] = await req.scope
    .resolve<ShowroomModuleService>(SHOWROOM_MODULE)
    .listAndCountStockMovements(
      { showroom_id: showroom.id, ...(kind && { kind }) },
      { skip: offset, take: limit, order: { created_at: "DESC" } }
    )
  res.json({ movements, count })
}
