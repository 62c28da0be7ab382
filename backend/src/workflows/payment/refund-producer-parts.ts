import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refundPaymentsWorkflow } from "@medusajs/medusa/core-flows"
import { ERROR_CODES, formatVnd, type RefundMethod } from "@ocop/contracts"
import { SHOPPER_REFUND_MODULE } from "../../modules/shopper-refund"
import type ShopperRefundModuleService from "../../modules/shopper-refund/service"
import { partMoney } from "../../queries/part-refunds"

export type RefundProducerPartsInput = {
  order_id: string
  /** The parts to refund; without an amount, all that is left of what was paid for the part. */
  parts: { producer_order_id: string; amount?: number }[]
  reason: string
  created_by?: string
}

type PlannedRefund = {
  order_id: string
  producer_order_id: string
  producer_id: string
  payment_id: string
  amount: number
  method: RefundMethod
}

/**
 * What each part gets back, read under the order's lock the caller holds: refused (400, nothing
 * written) when an amount asked for is more than is left of what the shopper paid for that part.
 */
const planPartRefundsStep = createStep("plan-part-refunds", async (input: RefundProducerPartsInput, { container }) => {
  const money = await partMoney(container, input.order_id)
  const planned: PlannedRefund[] = []
  for (const asked of input.parts) {
    const part = money.find((candidate) => candidate.id === asked.producer_order_id)
    if (!part) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy phần đơn này trong đơn hàng.")
    const amount = asked.amount ?? part.refundable
    if (amount > part.refundable) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Chỉ còn hoàn được tối đa ${formatVnd(part.refundable)} cho phần đơn này (khách đã trả ${formatVnd(part.paid)}, đã hoàn ${formatVnd(part.refunded)}).`,
        ERROR_CODES.REFUND_EXCEEDS_PAID
      )
    }
    if (amount > 0 && part.payment_id && part.method) {
      planned.push({
        ...asked,
        order_id: part.order_id,
        producer_id: part.producer_id,
        payment_id: part.payment_id,
        amount,
        method: part.method,
      })
    }
  }
  return new StepResponse(planned)
})

/** The refunds, kept before the money moves: removed again if the payment provider refuses. */
const recordShopperRefundsStep = createStep(
  "record-shopper-refunds",
  async (input: { planned: PlannedRefund[]; reason: string; created_by?: string }, { container }) => {
    if (!input.planned.length) return new StepResponse([], [])
    const refunds = await container.resolve<ShopperRefundModuleService>(SHOPPER_REFUND_MODULE).createShopperRefunds(
      input.planned.map((refund) => ({
        ...refund,
        // Stripe gives a card refund back at once; a transfer or cash refund is the office's transfer to make.
        status: refund.method === "card" ? ("refunded" as const) : ("to_pay_out" as const),
        reason: input.reason,
        created_by: input.created_by ?? null,
      }))
    )
    return new StepResponse(
      refunds,
      refunds.map((refund) => refund.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<ShopperRefundModuleService>(SHOPPER_REFUND_MODULE).deleteShopperRefunds(ids)
  }
)

/**
 * Gives back what a shopper paid for producers' parts (issue 16), part by part, through the method
 * they paid with: one Medusa refund per payment (a Stripe refund for a card; for a transfer or cash a
 * record the office pays out) and one shopper refund per part. The caller holds the order's lock.
 */
export const refundProducerPartsWorkflow = createWorkflow("refund-producer-parts", (input: RefundProducerPartsInput) => {
  const planned = planPartRefundsStep(input)
  const refunds = recordShopperRefundsStep(
    transform({ planned, input }, ({ planned, input }) => ({ planned, reason: input.reason, created_by: input.created_by }))
  )
  when({ planned }, ({ planned }) => planned.length > 0).then(() => {
    refundPaymentsWorkflow.runAsStep({
      input: transform({ planned, input }, ({ planned, input }) => {
        // Medusa's refund takes one amount per payment: the parts' refunds on it are summed.
        const byPayment = new Map<string, number>()
        for (const refund of planned) byPayment.set(refund.payment_id, (byPayment.get(refund.payment_id) ?? 0) + refund.amount)
        return [...byPayment].map(([payment_id, amount]) => ({
          payment_id,
          amount,
          created_by: input.created_by,
          note: input.reason,
        }))
      }),
    })
  })
  return new WorkflowResponse(refunds)
})
