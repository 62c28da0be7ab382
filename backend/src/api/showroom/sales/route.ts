import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordShowroomSaleWorkflow } from "../../../workflows/showroom/record-sale"
import { showroomContext } from "../context"
import type { SaleBody } from "@ocop/contracts/schemas"
import type { Receipt } from "@ocop/contracts"

/** A counter sale, paid in cash or by bank transfer; answers the receipt. */
export const POST = async (req: AuthenticatedMedusaRequest<SaleBody>, res: MedusaResponse) => {
  const { staff, showroom } = await showroomContext(req)
  const { result } = await recordShowroomSaleWorkflow(req.scope).run({
    input: { showroom_id: showroom.id, staff_id: staff.id, ...req.validatedBody },
  })
  const sale: Receipt = { ...result, showroom: { name: showroom.name, address: showroom.address }, cashier: staff.name }
  res.status(201).json({ sale })
}
