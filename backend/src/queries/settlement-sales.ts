import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { monthBounds, type RefundMethod, type SettlementMethod } from "@ocop/contracts"
import { SHOPPER_REFUND_MODULE } from "../modules/shopper-refund"
import { CASH_PROVIDER_ID, refundMethod } from "../modules/shopper-refund/refundable"
import type ShopperRefundModuleService from "../modules/shopper-refund/service"
import { PRODUCER_MODULE } from "../modules/producer"
import type ProducerModuleService from "../modules/producer/service"
import { SHOWROOM_MODULE } from "../modules/showroom"
import type ShowroomModuleService from "../modules/showroom/service"
import { displayId } from "./order-lines"
import { PART_AMOUNT_FIELDS, partAmount } from "./producer-orders"

/** One sale to settle with its producer, before commission. */
export type SettlementSale = {
  producer_id: string
  occurred_at: Date
  method: SettlementMethod
  reference: string
  /** The producer part or the showroom stock movement. */
  source_id: string
  order_id: string | null
  /** Integer đồng; negative for a counter return. */
  amount: number
}

/** Cash parts that sold nothing: cancelled by someone, or refused at the door, so no cash was collected. */
const SOLD_NOTHING = new Set(["canceled", "refused"])

/** A payment's way in, in the statement's words: the one provider rule refunds follow too. */
const SETTLEMENT_METHOD: Record<RefundMethod, SettlementMethod> = { cash: "cod", bank_transfer: "transfer", card: "card" }
const methodOf = (providerId: string) => SETTLEMENT_METHOD[refundMethod(providerId)]

/**
 * Everything sold in a calendar month, by producer (issue 16), each sale dated when its money came in:
 * - an online order paid by transfer or card: each producer's part, on the day the payment was captured;
 * - cash on delivery: a part on the day its parcel was delivered and the cash collected; a part the
 *   shopper collected and paid at a showroom counter, on the day it was handed over;
 * - counter sales and returns of the producer's consigned goods at a showroom, from its stock log
 *   (the log's rows for online orders collected there are the parts above, not counted twice);
 * - refunds to shoppers, on the day they were made, taken off what the marketplace owes: a paid part
 *   cancelled later is a sale in the month it was paid and a refund in the month it was cancelled.
 * Cash parts cancelled or refused collected nothing and count nothing.
 */
export async function monthSales(container: MedusaContainer, month: string): Promise<SettlementSale[]> {
  const { from, to } = monthBounds(month)
  const inMonth = { $gte: from.toISOString(), $lt: to.toISOString() }
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)

  // Online: payments captured by the marketplace this month, and COD parts delivered or collected this month.
  const captured = (
    await container
      .resolve(Modules.PAYMENT)
      .listPayments({ captured_at: inMonth }, { select: ["id", "provider_id", "captured_at", "payment_collection_id"] })
  ).filter((payment) => payment.provider_id !== CASH_PROVIDER_ID)
  const capturedOrders = captured.length
    ? (
        await query.graph({
          entity: "order_payment_collection",
          fields: ["order_id", "payment_collection_id"],
          filters: { payment_collection_id: captured.map((payment) => payment.payment_collection_id as string) },
        })
      ).data
    : []
  const paymentOfCollection = new Map(captured.map((payment) => [payment.payment_collection_id, payment]))
  const capturedByOrder = new Map(
    capturedOrders.map((row: { order_id: string; payment_collection_id: string }) => [
      row.order_id,
      paymentOfCollection.get(row.payment_collection_id)!,
    ])
  )
  const parts = [
    ...(capturedByOrder.size ? await producers.listProducerOrders({ order_id: [...capturedByOrder.keys()] }) : []),
    ...(await producers.listProducerOrders({ $or: [{ delivered_at: inMonth }, { shipped_at: inMonth }] })),
  ].filter((part, index, all) => all.findIndex((p) => p.id === part.id) === index)

  const { data: orders } = parts.length
    ? await query.graph({
        entity: "order",
        fields: ["id", "display_id", ...PART_AMOUNT_FIELDS, "payment_collections.payments.provider_id"],
        filters: { id: [...new Set(parts.map((part) => part.order_id))] },
      })
    : { data: [] }
  const orderById = new Map(orders.map((order) => [order.id, order]))

  const online = parts.flatMap((part): SettlementSale[] => {
    const order = orderById.get(part.order_id)
    if (!order) return []
    const { amount, pickup_at } = partAmount(part, order)
    const sale = {
      producer_id: part.producer_id,
      reference: `#${displayId(order)}`,
      source_id: part.id,
      order_id: order.id,
      amount,
    }
    const payment = capturedByOrder.get(order.id)
    // Paid ahead: a sale even if cancelled since, its refund a line of its own (below).
    if (payment) return [{ ...sale, method: methodOf(payment.provider_id), occurred_at: new Date(payment.captured_at as Date) }]
    const paidOnCollection = (order.payment_collections ?? [])
      .flatMap((collection: { payments?: ({ provider_id: string } | null)[] } | null) => collection?.payments ?? [])
      .some((p: { provider_id: string } | null) => p?.provider_id === CASH_PROVIDER_ID)
    if (!paidOnCollection || SOLD_NOTHING.has(part.status)) return [] // paid ahead in another month: settled there
    const collectedAt = pickup_at ? part.shipped_at : part.status === "delivered" ? part.delivered_at : null
    if (!collectedAt || collectedAt < from || collectedAt >= to) return []
    return [{ ...sale, method: pickup_at ? "counter" : "cod", occurred_at: new Date(collectedAt) }]
  })

  // Counter: the showroom's sales and returns of each producer's goods, but not online orders collected there.
  const showrooms = container.resolve<ShowroomModuleService>(SHOWROOM_MODULE)
  const movements = await showrooms.listStockMovements(
    { kind: ["sale", "customer_return"], created_at: inMonth, producer_id: { $ne: null } },
    {
      relations: ["showroom"],
      select: ["id", "kind", "quantity", "unit_price", "producer_id", "order_id", "created_at", "showroom.name"],
    }
  )
  const movementOrderIds = [...new Set(movements.map((m) => m.order_id).filter((id): id is string => !!id))]
  const onlineOrderIds = new Set(
    movementOrderIds.length
      ? (await producers.listProducerOrders({ order_id: movementOrderIds }, { select: ["order_id"] })).map((p) => p.order_id)
      : []
  )
  const counter = movements
    .filter((movement) => !(movement.order_id && onlineOrderIds.has(movement.order_id)))
    .map(
      (movement): SettlementSale => ({
        producer_id: movement.producer_id as string,
        occurred_at: new Date(movement.created_at),
        method: "counter",
        reference: `${movement.kind === "sale" ? "Bán tại" : "Trả lại tại"} ${movement.showroom.name}`,
        source_id: movement.id,
        order_id: movement.order_id,
        // A sale takes units off the shelf (quantity < 0) and brings money in; a return the other way.
        amount: -movement.quantity * Number(movement.unit_price ?? 0),
      })
    )

  const refundRecords = await container
    .resolve<ShopperRefundModuleService>(SHOPPER_REFUND_MODULE)
    .listShopperRefunds({ created_at: inMonth })
  const { data: refundOrders } = refundRecords.length
    ? await query.graph({
        entity: "order",
        fields: ["id", "display_id"],
        filters: { id: [...new Set(refundRecords.map((refund) => refund.order_id))] },
      })
    : { data: [] }
  const refunds = refundRecords.map(
    (refund): SettlementSale => ({
      producer_id: refund.producer_id,
      occurred_at: new Date(refund.created_at),
      method: "refund",
      reference: `#${displayId(refundOrders.find((order) => order.id === refund.order_id) ?? { display_id: null })}: ${refund.reason}`,
      source_id: refund.id,
      order_id: refund.order_id,
      amount: -Number(refund.amount),
    })
  )

  return [...online, ...counter, ...refunds].sort((a, b) => a.occurred_at.getTime() - b.occurred_at.getTime())
}
