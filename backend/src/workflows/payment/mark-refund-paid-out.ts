import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "@ocop/contracts"
import { SHOPPER_REFUND_MODULE } from "../../modules/shopper-refund"
import type ShopperRefundModuleService from "../../modules/shopper-refund/service"

const markRefundPaidOutStep = createStep(
  "mark-refund-paid-out",
  async (input: { id: string; reference: string; paid_out_by: string }, { container }) => {
    const refunds = container.resolve<ShopperRefundModuleService>(SHOPPER_REFUND_MODULE)
    const refund = await refunds.retrieveShopperRefund(input.id, { select: ["id", "status"] })
    if (refund.status === "paid_out")
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Khoản hoàn tiền này đã được ghi nhận là đã chuyển; mã giao dịch giữ nguyên như đã ghi.",
        ERROR_CODES.REFUND_ALREADY_PAID_OUT
      )
    if (refund.status === "refunded")
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Khoản này đã được hoàn vào thẻ của khách, không cần chuyển khoản.",
        ERROR_CODES.NOT_ALLOWED
      )
    const updated = await refunds.updateShopperRefunds({
      id: input.id,
      status: "paid_out",
      payout_reference: input.reference,
      paid_out_at: new Date(),
      paid_out_by: input.paid_out_by,
    })
    return new StepResponse(updated, input.id)
  },
  async (id, { container }) => {
    if (id)
      await container.resolve<ShopperRefundModuleService>(SHOPPER_REFUND_MODULE).updateShopperRefunds({
        id,
        status: "to_pay_out",
        payout_reference: null,
        paid_out_at: null,
        paid_out_by: null,
      })
  }
)

/** The office transferred a refund back to the shopper from the bank and records the transfer's reference. */
export const markRefundPaidOutWorkflow = createWorkflow(
  "mark-refund-paid-out",
  (input: { id: string; reference: string; paid_out_by: string }) => new WorkflowResponse(markRefundPaidOutStep(input))
)
