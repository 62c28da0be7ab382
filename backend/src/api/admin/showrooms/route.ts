import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SHOWROOM_MODULE } from "../../../modules/showroom"
import type ShowroomModuleService from "../../../modules/showroom/service"
import { createShowroomWorkflow } from "../../../workflows/showroom/create-showroom"
import type { Showroom, ShowroomStaff } from "@ocop/contracts"
import type { CreateShowroomBody } from "@ocop/contracts/schemas"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const showrooms = await req.scope
    .resolve<ShowroomModuleService>(SHOWROOM_MODULE)
    .listShowrooms({}, { relations: ["staff"], order: { province: "ASC", name: "ASC" } })
  const answer: { showrooms: (Showroom & { staff: ShowroomStaff[] })[] } = { showrooms }
  res.json(answer)
}

/** The office opens a showroom, with its shelf (stock location) and counter (sales channel). */
export const POST = async (req: AuthenticatedMedusaRequest<CreateShowroomBody>, res: MedusaResponse) => {
  const { result } = await createShowroomWorkflow(req.scope).run({ input: req.validatedBody })
  const answer: { showroom: Showroom } = { showroom: result }
  res.status(201).json(answer)
}
