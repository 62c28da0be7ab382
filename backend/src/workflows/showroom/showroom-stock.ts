import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertPurchasable } from "../certification/purchasable"
import { moveShowroomStockStep, type MoveStockInput } from "./move-stock"

/** A showroom takes in only what it may sell: packagings a valid certificate covers, of approved producers. */
export const assertSellableStep = createStep("assert-showroom-sellable", async (variantIds: string[], { container }) => {
  await assertPurchasable(container, variantIds, "add")
  return new StepResponse(undefined)
})

/**
 * Receipts of consigned stock, returns to the producer and count adjustments: the inventory changes
 * and the movement rows are written together, or not at all.
 */
export const moveShowroomStockWorkflow = createWorkflow("move-showroom-stock", (input: MoveStockInput) => {
  const variantIds = transform({ input }, ({ input }) => input.lines.map((line) => line.variant_id))
  when({ input }, ({ input }) => input.kind === "receipt").then(() => {
    assertSellableStep(variantIds)
  })
  return new WorkflowResponse(moveShowroomStockStep(input))
})
