import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "@ocop/contracts"
import type { DeliveryFeesBody } from "@ocop/contracts/schemas"
import { provinceByCode } from "@ocop/contracts/admin-units"
import { DELIVERY_FEE_MODULE } from "../../modules/delivery-fee"
import type DeliveryFeeModuleService from "../../modules/delivery-fee/service"
import { deliveryFees, type DeliveryFees } from "../../queries/delivery-fees"
import { priceHomeDeliveryStep } from "./steps/price-home-delivery"

const replaceDeliveryFeesStep = createStep(
  "replace-delivery-fees",
  async (input: DeliveryFees, { container }) => {
    const unknown = input.provinces.find((p) => !provinceByCode(p.province_code))
    if (unknown) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Mã tỉnh/thành phố ${unknown.province_code} không có trong danh sách 34 tỉnh, thành phố năm 2025.`,
        ERROR_CODES.UNKNOWN_PROVINCE
      )
    }
    const before = await deliveryFees(container)
    await replaceFees(container.resolve(DELIVERY_FEE_MODULE), input)
    return new StepResponse(input, before)
  },
  async (before, { container }) => {
    if (before) await replaceFees(container.resolve(DELIVERY_FEE_MODULE), before)
  }
)

async function replaceFees(service: DeliveryFeeModuleService, fees: DeliveryFees) {
  const existing = await service.listDeliveryFees({}, { select: ["id"] })
  // Deleted outright: the unique index on province_code must not meet the old row again.
  await service.deleteDeliveryFees(existing.map((row) => row.id))
  await service.createDeliveryFees([
    { province_code: null, amount: fees.flat_fee },
    ...fees.provinces.map((p) => ({ province_code: p.province_code, amount: p.fee })),
  ])
}

/**
 * The office saves the delivery fee table: the fees are stored, and every producer's standard delivery
 * option is priced from them (Medusa's shipping option prices, so the cart, the checkout's choices and
 * the order all charge the same). A failure part-way puts back the previous table and prices.
 */
export const setDeliveryFeesWorkflow = createWorkflow("set-delivery-fees", (input: DeliveryFeesBody) => {
  const fees = replaceDeliveryFeesStep(input)
  priceHomeDeliveryStep({ fees })
  return new WorkflowResponse(fees)
})
