import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, adjustInventoryLevelsStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { checkProducerOrderActionStep } from "./steps/check-producer-order-action"
import { codParcelStep } from "./steps/cod-parcel"
import { updateProducerOrderStep } from "./steps/update-producer-order"

/**
 * Cash on delivery (issue 16): the shopper refused the parcel at the door. The part is cancelled with
 * the reason, its amount is never captured, and its units go back onto the producer's shelf. Shipping
 * already used up the part's reservations (Medusa took the units off the shelf), so releasing its
 * stock means adding them back, as cancelling an unshipped part releases its reservations. The part
 * is locked and refused only from `shipped`, so its stock comes back once.
 */
export const refuseProducerOrderWorkflow = createWorkflow(
  "refuse-producer-order",
  (input: { id: string; reason: string; member_id: string }) => {
    const lockKey = transform({ input }, ({ input }) => `producer-order:${input.id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
    const part = checkProducerOrderActionStep(transform({ input }, ({ input }) => ({ id: input.id, action: "refuse" as const })))
    const parcel = codParcelStep(part)
    updateProducerOrderStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        status: "refused",
        cancel_reason: input.reason,
        canceled_at: new Date(),
      }))
    )
    adjustInventoryLevelsStep(transform({ parcel }, ({ parcel }) => parcel.stock))
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(parcel)
  }
)
