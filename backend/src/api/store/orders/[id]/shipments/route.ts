import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OrderShipment } from "@ocop/contracts"
import type { BeforeJson } from "../../../../../utils/before-json"
import { PRODUCER_MODULE } from "../../../../../modules/producer"
import type ProducerModuleService from "../../../../../modules/producer/service"
import { SHOPPER_REFUND_MODULE } from "../../../../../modules/shopper-refund"
import type ShopperRefundModuleService from "../../../../../modules/shopper-refund/service"
import { LINE_QUANTITY_FIELD, lineQuantity } from "../../../../../queries/order-lines"
import { shippedBatchesOf } from "../../../../../queries/shipped-batches"

/**
 * The customer's one order as parcels: one per producer, each with its own state and tracking.
 * Like Medusa's own GET /store/orders/:id, the unguessable order id is the key.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph(
    {
      entity: "order",
      fields: ["id", "items.id", "items.product_title", "items.title", "items.variant_title", `items.${LINE_QUANTITY_FIELD}`],
      filters: { id: req.params.id },
    },
    { throwIfKeyNotFound: true }
  )
  const parts = await req.scope
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducerOrders({ order_id: req.params.id }, { relations: ["producer"], order: { created_at: "ASC" } })
  const refunds = await req.scope
    .resolve<ShopperRefundModuleService>(SHOPPER_REFUND_MODULE)
    .listShopperRefunds({ order_id: req.params.id }, { order: { created_at: "ASC" } })
  const batchOfLine = await shippedBatchesOf(req.scope, [req.params.id])
  const items = (orders[0].items ?? []).filter((item) => item !== null)
  res.json({
    shipments: parts.map(
      (part): BeforeJson<OrderShipment, "shipped_at"> => ({
        producer: { name: part.producer.name, handle: part.producer.handle },
        status: part.status,
        tracking_number: part.tracking_number,
        carrier: part.carrier,
        shipped_at: part.shipped_at,
        cancel_reason: part.cancel_reason,
        items: items
          .filter((item) => part.line_item_ids.includes(item.id))
          .map((item) => ({
            title: item.product_title ?? item.title,
            variant_title: item.variant_title ?? null,
            quantity: lineQuantity(item),
            batch: batchOfLine.get(item.id) ?? null,
          })),
        refunds: refunds
          .filter((refund) => refund.producer_order_id === part.id)
          .map(({ amount, method, status }) => ({ amount: Number(amount), method, status })),
      })
    ),
  })
}
