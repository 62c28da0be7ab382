import type { IOrderModuleService, IRegionModuleService, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { showroomPlaces } from "../../queries/showroom-places"
import { assertShowroomSellableStep } from "./steps/assert-showroom-sellable"
import { moveShowroomStockStep } from "./steps/move-showroom-stock"
import { lotsOfSoldBatchesStep } from "../traceability/steps/record-shipped-batches"

import type { PaymentMethod, ReceiptLine } from "@ocop/contracts"

export type RecordSaleInput = {
  showroom_id: string
  staff_id: string
  /** Each with the production batch its units came from, when the counter named it. */
  lines: { variant_id: string; quantity: number; batch_id?: string | null }[]
  payment_method: PaymentMethod
  /** Cash handed over, to give change; must cover the total. */
  cash_received?: number | null
}

/** A sold packaging priced at the shelf: the receipt's line. */
type PricedLine = ReceiptLine

/** Shelf prices (VND, tax included) of the sold packagings, and what the counter needs to write the order. */
const priceSaleStep = createStep("price-showroom-sale", async (input: RecordSaleInput, { container }) => {
  const { data } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    // price_set.prices: the variant's `prices` by their full path, which Medusa's generated type knows.
    fields: ["id", "title", "sku", "product.id", "product.title", "price_set.prices.amount", "price_set.prices.currency_code"],
    filters: { id: [...new Set(input.lines.map((line) => line.variant_id))] },
  })
  const byId = new Map(data.map((variant) => [variant.id, variant]))
  const lines: PricedLine[] = input.lines.map((line) => {
    const variant = byId.get(line.variant_id)
    const price = variant?.price_set?.prices.find((p) => p?.currency_code === "vnd")?.amount
    if (!variant?.product || price === undefined)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy giá bán của sản phẩm này.")
    return {
      variant_id: line.variant_id,
      quantity: line.quantity,
      unit_price: Number(price),
      title: variant.product.title ?? variant.title,
      variant_title: variant.title,
      sku: variant.sku ?? null,
      product_id: variant.product.id,
    }
  })
  const total = lines.reduce((sum, line) => sum + line.unit_price * line.quantity, 0)
  if (input.payment_method === "cash" && input.cash_received != null && input.cash_received < total) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Khách đưa ${input.cash_received.toLocaleString("vi-VN")} ₫, chưa đủ ${total.toLocaleString("vi-VN")} ₫.`
    )
  }
  const places = await showroomPlaces(container, input.showroom_id)
  if (!places.active) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Điểm bán đang tạm đóng: không ghi nhận bán hàng.")
  const [region] = await container.resolve<IRegionModuleService>(Modules.REGION).listRegions({ currency_code: "vnd" })
  return new StepResponse({ lines, total, sales_channel_id: places.sales_channel_id, region_id: region?.id })
})

/** The counter sale as a Medusa order in the showroom's own channel, paid on the spot. */
const createCounterOrderStep = createStep(
  "create-counter-order",
  async (
    input: {
      priced: { lines: PricedLine[]; total: number; sales_channel_id: string; region_id?: string }
      sale: RecordSaleInput
    },
    { container }
  ) => {
    const orders = container.resolve<IOrderModuleService>(Modules.ORDER)
    const order = await orders.createOrders({
      region_id: input.priced.region_id,
      sales_channel_id: input.priced.sales_channel_id,
      currency_code: "vnd",
      status: "completed",
      items: input.priced.lines.map((line) => ({
        title: line.title,
        product_title: line.title,
        variant_title: line.variant_title,
        variant_sku: line.sku ?? undefined,
        variant_id: line.variant_id,
        product_id: line.product_id,
        quantity: line.quantity,
        unit_price: line.unit_price,
        is_tax_inclusive: true,
      })),
      transactions: [{ amount: input.priced.total, currency_code: "vnd", reference: input.sale.payment_method }],
      metadata: { showroom_id: input.sale.showroom_id, staff_id: input.sale.staff_id, payment_method: input.sale.payment_method },
    })
    return new StepResponse({ id: order.id, display_id: order.display_id }, order.id)
  },
  async (orderId, { container }) => {
    if (orderId) await container.resolve<IOrderModuleService>(Modules.ORDER).deleteOrders([orderId])
  }
)

/**
 * A counter sale: checked sellable, priced from the shelf price, its named batches checked to be of
 * the packagings sold, written as a paid order in the showroom's channel, and taken from the
 * showroom's stock under the item lock — refused whole, with nothing written, when any line is short.
 */
export const recordShowroomSaleWorkflow = createWorkflow("record-showroom-sale", (input: RecordSaleInput) => {
  assertShowroomSellableStep(transform({ input }, ({ input }) => input.lines.map((line) => line.variant_id)))
  const priced = priceSaleStep(input)
  // Priced lines keep the order of the sale's lines.
  const lots = lotsOfSoldBatchesStep(
    transform({ input, priced }, ({ input, priced }) =>
      priced.lines.map((line, index) => ({
        title: line.title,
        variant_id: line.variant_id,
        batch_id: input.lines[index].batch_id,
      }))
    )
  )
  const order = createCounterOrderStep({ priced, sale: input })
  moveShowroomStockStep(
    transform({ input, priced, order, lots }, ({ input, priced, order, lots }) => ({
      showroom_id: input.showroom_id,
      kind: "sale" as const,
      order_id: order.id,
      actor: { type: "showroom_staff" as const, id: input.staff_id },
      lines: priced.lines.map((line, index) => ({
        variant_id: line.variant_id,
        quantity: line.quantity,
        unit_price: line.unit_price,
        batch_code: lots[index],
      })),
    }))
  )
  return new WorkflowResponse(
    transform({ input, priced, order }, ({ input, priced, order }) => ({
      order_id: order.id,
      display_id: order.display_id,
      lines: priced.lines,
      total: priced.total,
      payment_method: input.payment_method,
      change: input.payment_method === "cash" && input.cash_received != null ? input.cash_received - priced.total : null,
    }))
  )
})
