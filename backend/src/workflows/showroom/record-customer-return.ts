import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addOrderTransactionStep } from "@medusajs/medusa/core-flows"
import { SHOWROOM_MODULE } from "../../modules/showroom"
import type ShowroomModuleService from "../../modules/showroom/service"
import { moveShowroomStockStep } from "./steps/move-showroom-stock"

export type CustomerReturnInput = {
  showroom_id: string
  staff_id: string
  order_id: string
  lines: { variant_id: string; quantity: number }[]
  note?: string | null
}

/**
 * What this showroom sold on the order and has not taken back yet: a return is refused beyond it,
 * and for an order sold at another showroom (404, as if it did not exist).
 */
const returnableStep = createStep("check-customer-return", async (input: CustomerReturnInput, { container }) => {
  const movements = await container
    .resolve<ShowroomModuleService>(SHOWROOM_MODULE)
    .listStockMovements(
      { order_id: input.order_id, showroom_id: input.showroom_id },
      { select: ["kind", "variant_id", "quantity", "unit_price"] }
    )
  if (!movements.some((m) => m.kind === "sale"))
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy hoá đơn bán tại điểm bán này.")
  const lines = input.lines.map((line) => {
    const ofVariant = movements.filter((m) => m.variant_id === line.variant_id)
    const sold = -ofVariant.filter((m) => m.kind === "sale").reduce((sum, m) => sum + m.quantity, 0)
    const returned = ofVariant.filter((m) => m.kind === "customer_return").reduce((sum, m) => sum + m.quantity, 0)
    if (line.quantity > sold - returned) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        sold === 0 ? "Sản phẩm này không có trong hoá đơn." : `Chỉ còn trả lại được ${sold - returned} sản phẩm này của hoá đơn.`
      )
    }
    const unitPrice = Number(ofVariant.find((m) => m.kind === "sale")!.unit_price)
    return { ...line, unit_price: unitPrice }
  })
  return new StepResponse({ lines, refund: lines.reduce((sum, line) => sum + line.unit_price * line.quantity, 0) })
})

/** A customer brings goods back to the counter: back on the shelf, and the money back as a refund on the order. */
export const recordCustomerReturnWorkflow = createWorkflow("record-customer-return", (input: CustomerReturnInput) => {
  const checked = returnableStep(input)
  moveShowroomStockStep(
    transform({ input, checked }, ({ input, checked }) => ({
      showroom_id: input.showroom_id,
      kind: "customer_return" as const,
      order_id: input.order_id,
      note: input.note ?? null,
      actor: { type: "showroom_staff" as const, id: input.staff_id },
      lines: checked.lines,
    }))
  )
  addOrderTransactionStep(
    transform({ input, checked }, ({ input, checked }) => ({
      order_id: input.order_id,
      amount: -checked.refund,
      currency_code: "vnd",
      reference: "refund",
    }))
  )
  return new WorkflowResponse(transform({ checked }, ({ checked }) => ({ refund: checked.refund, lines: checked.lines })))
})
