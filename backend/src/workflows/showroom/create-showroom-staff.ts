import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { SHOWROOM_MODULE } from "../../modules/showroom"
import type ShowroomModuleService from "../../modules/showroom/service"

const createStaffStep = createStep(
  "create-showroom-staff",
  async (input: { showroom_id: string; email: string; name: string }, { container }) => {
    const showrooms = container.resolve<ShowroomModuleService>(SHOWROOM_MODULE)
    if ((await showrooms.listShowroomStaffs({ email: input.email }, { select: ["id"] })).length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${input.email} đã là nhân viên của một điểm bán.`)
    }
    const staff = await showrooms.createShowroomStaffs(input)
    return new StepResponse(staff, staff.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ShowroomModuleService>(SHOWROOM_MODULE).deleteShowroomStaffs(id)
  }
)

/** The office gives a counter login to one showroom's staff member (actor `showroom_staff`). */
export const createShowroomStaffWorkflow = createWorkflow(
  "create-showroom-staff",
  (input: { showroom_id: string; email: string; name: string; auth_identity_id: string }) => {
    const staff = createStaffStep(
      transform({ input }, ({ input }) => ({ showroom_id: input.showroom_id, email: input.email, name: input.name }))
    )
    setAuthAppMetadataStep(
      transform({ input, staff }, ({ input, staff }) => ({
        authIdentityId: input.auth_identity_id,
        actorType: "showroom_staff",
        value: staff.id,
      }))
    )
    return new WorkflowResponse(staff)
  }
)
