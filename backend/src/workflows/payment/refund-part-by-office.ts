import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { partOrderStep } from "../producer/steps/part-order"
import { refundProducerPartsWorkflow } from "./refund-producer-parts"

/**
 * The office gives back part of what a shopper paid for one producer's part, e.g. for a damaged item
 * in a delivered parcel (issue 16). Never more than is left of what was paid for that part.
 */
export const refundPartByOfficeWorkflow = createWorkflow(
  "refund-part-by-office",
  (input: { id: string; amount: number; reason: string; created_by: string }) => {
    const orderId = partOrderStep(input)
    acquireLockStep({ key: orderId, timeout: 30, ttl: 120 })
    const refunds = refundProducerPartsWorkflow.runAsStep({
      input: transform({ orderId, input }, ({ orderId, input }) => ({
        order_id: orderId,
        parts: [{ producer_order_id: input.id, amount: input.amount }],
        reason: input.reason,
        created_by: input.created_by,
      })),
    })
    releaseLockStep({ key: orderId })
    return new WorkflowResponse(refunds)
  }
)
