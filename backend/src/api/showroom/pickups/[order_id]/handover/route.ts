import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handOverPickupWorkflow } from "../../../../../workflows/showroom/hand-over-pickup"
import { showroomContext } from "../../../context"

/** The shopper has collected the order at the counter (and paid, when it was cash on delivery). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { staff, showroom } = await showroomContext(req)
  const { result } = await handOverPickupWorkflow(req.scope).run({
    input: { showroom_id: showroom.id, showroom_name: showroom.name, order_id: req.params.order_id, staff_id: staff.id },
  })
  res.json({ handed_over: { order_id: result.order_id } })
}
