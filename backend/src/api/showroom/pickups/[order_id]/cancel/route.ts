import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelUncollectedPickupWorkflow } from "../../../../../workflows/showroom/cancel-pickup"
import { showroomContext } from "../../../context"
import type { CancelPickupBody } from "@ocop/contracts/schemas"

/** The shopper did not come: the order is cancelled and its units go back on sale from the shelf. */
export const POST = async (req: AuthenticatedMedusaRequest<CancelPickupBody>, res: MedusaResponse) => {
  const { staff, showroom } = await showroomContext(req)
  const { result } = await cancelUncollectedPickupWorkflow(req.scope).run({
    input: { showroom_id: showroom.id, order_id: req.params.order_id, staff_id: staff.id, reason: req.validatedBody.reason },
  })
  res.json({ canceled: result })
}
