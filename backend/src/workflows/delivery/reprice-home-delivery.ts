import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { priceHomeDeliveryStep } from "./steps/price-home-delivery"

/** Prices these home delivery options by the stored fee table (the crash sweep's repair). */
export const repriceHomeDeliveryWorkflow = createWorkflow("reprice-home-delivery", (input: { option_ids: string[] }) => {
  priceHomeDeliveryStep({ option_ids: input.option_ids })
  return new WorkflowResponse(input.option_ids)
})
