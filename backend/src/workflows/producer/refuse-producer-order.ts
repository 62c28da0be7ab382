import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, adjustInventoryLevelsStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { refundProducerPartsWorkflow } from "../payment/refund-producer-parts"
import { partOrderStep } from "./steps/part-order"
import { checkProducerOrderActionStep } from "./steps/check-producer-order-action"
import { codParcelStep } from "./steps/cod-parcel"
import { updateProducerOrderStep } from "./steps/update-producer-order"
import { queueEventNoticesWorkflow } from "../notice/queue-event-notices"

/**
 * Cash on delivery (issue 16): the shopper refused the parcel at the door. The part is cancelled with
 * the reason, its amount is never captured, and its units go back onto the producer's shelf. Shipping
 * already used up the part's reservations (Medusa took the units off the shelf), so releasing its
 * stock means adding them back, as cancelling an unshipped part releases its reservations. A part the
 * shopper already paid for by card or transfer is refunded. The order is locked and the part refused
 * only from `shipped`, so its stock comes back once and its money once.
 */
export const refuseProducerOrderWorkflow = createWorkflow(
  "refuse-producer-order",
  (input: { id: string; producer_id: string; reason: string; member_id: string }) => {
    const orderId = partOrderStep(input)
    acquireLockStep({ key: orderId, timeout: 30, ttl: 120 })
    const part = checkProducerOrderActionStep(
      transform({ input }, ({ input }) => ({ id: input.id, action: "refuse" as const, producer_id: input.producer_id }))
    )
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
    refundProducerPartsWorkflow.runAsStep({
      input: transform({ part, input }, ({ part, input }) => ({
        order_id: part.order_id,
        parts: [{ producer_order_id: part.id }],
        reason: input.reason,
        created_by: input.member_id,
      })),
    })
    queueEventNoticesWorkflow.runAsStep({
      input: transform({ part }, ({ part }) => ({ event: "part-canceled" as const, order_id: part.order_id, part_id: part.id })),
    })
    releaseLockStep({ key: orderId })
    return new WorkflowResponse(parcel)
  }
)
