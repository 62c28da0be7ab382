import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SHOWROOM_MODULE } from "../../modules/showroom"
import type ShowroomModuleService from "../../modules/showroom/service"
import type { Showroom, ShowroomStaff } from "@ocop/contracts"

/** The logged-in staff member and the one showroom every /showroom/* route acts for. */
export async function showroomContext(req: AuthenticatedMedusaRequest): Promise<{ staff: ShowroomStaff; showroom: Showroom }> {
  const [staff] = await req.scope
    .resolve<ShowroomModuleService>(SHOWROOM_MODULE)
    .listShowroomStaffs({ id: req.auth_context.actor_id }, { relations: ["showroom"] })
  if (!staff?.showroom) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Tài khoản này không thuộc điểm bán nào.")
  const { showroom, ...rest } = staff
  return { staff: { id: rest.id, email: rest.email, name: rest.name }, showroom }
}
