import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { offerPickupWorkflow } from "./offer-showroom-pickup"
import { assertShowroomSellableStep } from "./steps/assert-showroom-sellable"
import { moveShowroomStockStep, type MoveStockInput } from "./steps/move-showroom-stock"

/**
 * Receipts of consigned stock, returns to the producer and count adjustments: the inventory changes
 * and the movement rows are written together, or not at all. A receipt also lets online shoppers
 * collect that producer's goods at the showroom.
 */
export const moveShowroomStockWorkflow = createWorkflow("move-showroom-stock", (input: MoveStockInput) => {
  const variantIds = transform({ input }, ({ input }) => input.lines.map((line) => line.variant_id))
  when({ input }, ({ input }) => input.kind === "receipt").then(() => {
    assertShowroomSellableStep(variantIds)
  })
  const moved = moveShowroomStockStep(input)
  when("offer-pickup-after-receipt", { input }, ({ input }) => input.kind === "receipt").then(() => {
    offerPickupWorkflow.runAsStep({
      input: transform({ input, variantIds }, ({ input, variantIds }) => ({
        showroom_id: input.showroom_id,
        variant_ids: variantIds,
      })),
    })
  })
  return new WorkflowResponse(moved)
})
