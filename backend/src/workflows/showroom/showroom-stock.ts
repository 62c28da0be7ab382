import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertPurchasable } from "../certification/purchasable"
import { moveShowroomStockStep, type MoveStockInput } from "./move-stock"
import { offerPickupWorkflow } from "./offer-showroom-pickup"

/** A showroom takes in only what it may sell: packagings a valid certificate covers, of approved producers. */
export const assertSellableStep = createStep("assert-showroom-sellable", async (variantIds: string[], { container }) => {
  await assertPurchasable(container, variantIds, "add")
  return new StepResponse(undefined)
})

/**
 * Receipts of consigned stock, returns to the producer and count adjustments: the inventory changes
 * and the movement rows are written together, or not at all. A receipt also lets online shoppers
 * collect that producer's goods at the showroom.
 */
export const moveShowroomStockWorkflow = createWorkflow("move-showroom-stock", (input: MoveStockInput) => {
  const variantIds = transform({ input }, ({ input }) => input.lines.map((line) => line.variant_id))
  when({ input }, ({ input }) => input.kind === "receipt").then(() => {
    assertSellableStep(variantIds)
  })
  const moved = moveShowroomStockStep(input)
  when("offer-pickup-after-receipt", { input }, ({ input }) => input.kind === "receipt").then(() => {
    offerPickupWorkflow.runAsStep({ input: transform({ input, variantIds }, ({ input, variantIds }) => ({ showroom_id: input.showroom_id, variant_ids: variantIds })) })
  })
  return new WorkflowResponse(moved)
})
