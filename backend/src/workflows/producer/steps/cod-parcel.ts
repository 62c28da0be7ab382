import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CASH_PROVIDER_ID } from "../../../modules/shopper-refund/refundable"
import { lineQuantity } from "../../../queries/order-lines"
import { PART_AMOUNT_FIELDS, partAmount } from "../../../queries/producer-orders"
import type { ProducerOrderPart } from "./check-producer-order-action"

export type CodParcel = {
  order_id: string
  fulfillment_id: string
  /** The part's lines plus its delivery charge: what the carrier collects at the door. */
  amount: number
  /** The order's cash-on-delivery payment the amount is captured on; null when the order was paid ahead (card, transfer). */
  payment_id: string | null
  /** Paid ahead by card or transfer: the carrier collects nothing at the door. */
  prepaid: boolean
  /** Each packaging's units going back onto the producer's shelf should the parcel come back. */
  stock: { inventory_item_id: string; location_id: string; adjustment: number }[]
}

/**
 * A shipped part's parcel as the carrier carries it: its amount, the payment it is collected on and
 * its units. Refused (400) for a part the shopper collected at a showroom: the showroom took that cash.
 */
export const codParcelStep = createStep("cod-parcel", async (part: ProducerOrderPart, { container }) => {
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      ...PART_AMOUNT_FIELDS,
      "items.variant.inventory_items.inventory_item_id",
      "items.variant.inventory_items.required_quantity",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: part.order_id },
  })
  const order = orders[0]
  const { amount, pickup_at } = partAmount(part, order)
  if (pickup_at || !part.fulfillment_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Khách nhận phần này tại điểm bán (${pickup_at ?? "không có vận đơn"}): điểm bán thu tiền khi khách đến nhận.`
    )
  }
  const { data: fulfillments } = await query.graph({
    entity: "fulfillment",
    fields: ["location_id"],
    filters: { id: part.fulfillment_id },
  })
  const locationId = fulfillments[0]?.location_id
  const payment = (order?.payment_collections ?? [])
    .flatMap((collection) => collection?.payments ?? [])
    .find((p) => p && !p.canceled_at)
  const stock = (order?.items ?? []).flatMap((item) =>
    item && part.line_item_ids.includes(item.id) && locationId
      ? (item.variant?.inventory_items ?? []).flatMap((link) =>
          link
            ? [
                {
                  inventory_item_id: link.inventory_item_id,
                  location_id: locationId,
                  adjustment: lineQuantity(item) * Number(link.required_quantity ?? 1),
                },
              ]
            : []
        )
      : []
  )
  return new StepResponse<CodParcel>({
    order_id: part.order_id,
    fulfillment_id: part.fulfillment_id,
    amount,
    payment_id: payment?.provider_id === CASH_PROVIDER_ID ? payment.id : null,
    prepaid: !!payment && payment.provider_id !== CASH_PROVIDER_ID,
    stock,
  })
})
