import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertPurchasable } from "../../certification/purchasable"

/** A showroom takes in only what it may sell: packagings a valid certificate covers, of approved producers. */
export const assertShowroomSellableStep = createStep("assert-showroom-sellable", async (variantIds: string[], { container }) => {
  await assertPurchasable(container, variantIds, "add")
  return new StepResponse(undefined)
})
