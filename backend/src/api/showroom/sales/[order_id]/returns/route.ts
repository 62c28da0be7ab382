import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordCustomerReturnWorkflow } from "../../../../../workflows/showroom/record-customer-return"
import { showroomContext } from "../../../context"

export const POST = async (
  req: AuthenticatedMedusaRequest<{ lines: { variant_id: string; quantity: number }[]; note?: string | null }>,
  res: MedusaResponse
) => {
  const { staff, showroom } = await showroomContext(req)
  const { result } = await recordCustomerReturnWorkflow(req.scope).run({
    input: { showroom_id: showroom.id, staff_id: staff.id, order_id: req.params.order_id, ...req.validatedBody },
  })
  res.status(201).json({ return: result })
}
