import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { SHOWROOM_MODULE } from "../../../../../modules/showroom"
import type ShowroomModuleService from "../../../../../modules/showroom/service"
import { createShowroomStaffWorkflow } from "../../../../../workflows/showroom/create-showroom-staff"
import type { CreateStaffBody } from "@ocop/contracts/schemas"
import type { ShowroomStaff } from "@ocop/contracts"

/** A counter login for one showroom: the office sets the first password and hands it over. */
export const POST = async (req: AuthenticatedMedusaRequest<CreateStaffBody>, res: MedusaResponse) => {
  await req.scope.resolve<ShowroomModuleService>(SHOWROOM_MODULE).retrieveShowroom(req.params.id)
  const { email, name, password } = req.validatedBody
  const { authIdentity, error } = await req.scope.resolve(Modules.AUTH).register("emailpass", { body: { email, password } })
  if (error || !authIdentity) {
    // The auth provider's reason is English (most often: the e-mail already has a login).
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Không tạo được đăng nhập cho ${email}: email này đã có tài khoản; hãy dùng email khác.`
    )
  }
  const { result } = await createShowroomStaffWorkflow(req.scope).run({
    input: { showroom_id: req.params.id, email, name, auth_identity_id: authIdentity.id },
  })
  const answer: { staff: ShowroomStaff } = { staff: result }
  res.status(201).json(answer)
}
