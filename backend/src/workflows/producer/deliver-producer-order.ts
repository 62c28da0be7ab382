import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, refundPaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { partOrderStep } from "./steps/part-order"
import { checkProducerOrderActionStep } from "./steps/check-producer-order-action"
import { type CodParcel, codParcelStep } from "./steps/cod-parcel"
import { markFulfillmentsDeliveredStep } from "./steps/mark-fulfillments-delivered"
import { updateProducerOrderStep } from "./steps/update-producer-order"

/**
 * The carrier collected the part's amount at the door: exactly that amount is captured on the order's
 * payment. Undone, the captured amount is refunded on the same payment, so the payment reads as before.
 */
const captureParcelCashStep = createStep(
  "capture-parcel-cash",
  async (input: { parcel: CodParcel; member_id: string }, { container }) => {
    const { payment_id, amount, prepaid } = input.parcel
    // Paid ahead by card or transfer: captured when the money arrived, nothing to collect now.
    if (prepaid) return new StepResponse(undefined, null)
    if (!payment_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Đơn này không có khoản thanh toán khi nhận hàng để ghi nhận tiền.")
    }
    await capturePaymentWorkflow(container).run({ input: { payment_id, amount, captured_by: input.member_id } })
    return new StepResponse(undefined, { payment_id, amount, member_id: input.member_id })
  },
  async (captured, { container }) => {
    if (!captured) return
    await refundPaymentWorkflow(container).run({
      input: { payment_id: captured.payment_id, amount: captured.amount, created_by: captured.member_id },
    })
  }
)

/**
 * Cash on delivery (issue 16): the producer reports its parcel delivered with the cash collected. The
 * part records when, its amount (lines plus delivery) is captured on the order's payment, and its
 * fulfillment reads as delivered for the office; a part paid ahead is only marked delivered. The order
 * is locked while this runs (as for every write to its money) and the part is delivered only from
 * `shipped`, so a second report (or two at once) is refused and captures nothing.
 */
export const deliverProducerOrderWorkflow = createWorkflow(
  "deliver-producer-order",
  (input: { id: string; producer_id: string; member_id: string }) => {
    const orderId = partOrderStep(input)
    acquireLockStep({ key: orderId, timeout: 30, ttl: 120 })
    const part = checkProducerOrderActionStep(
      transform({ input }, ({ input }) => ({ id: input.id, action: "deliver" as const, producer_id: input.producer_id }))
    )
    const parcel = codParcelStep(part)
    updateProducerOrderStep(
      transform({ input }, ({ input }) => ({ id: input.id, status: "delivered", delivered_at: new Date() }))
    )
    captureParcelCashStep(transform({ parcel, input }, ({ parcel, input }) => ({ parcel, member_id: input.member_id })))
    // Medusa's own "mark delivered" takes the order's lock itself: released first, the money already settled.
    releaseLockStep({ key: orderId })
    markFulfillmentsDeliveredStep(
      transform({ parcel }, ({ parcel }) => ({ order_id: parcel.order_id, fulfillment_ids: [parcel.fulfillment_id] }))
    )
    return new WorkflowResponse(parcel)
  }
)
