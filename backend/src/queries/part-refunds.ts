import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { RefundMethod, ShopperRefund } from "@ocop/contracts"
import type { BeforeJson } from "../utils/before-json"
import { PRODUCER_MODULE } from "../modules/producer"
import type ProducerModuleService from "../modules/producer/service"
import { SHOPPER_REFUND_MODULE } from "../modules/shopper-refund"
import { paidForPart, refundedTotal, refundMethod } from "../modules/shopper-refund/refundable"
import type ShopperRefundModuleService from "../modules/shopper-refund/service"
import { displayId } from "./order-lines"
import { notFound } from "./producer-scope"
import { PART_AMOUNT_FIELDS, partAmount } from "./producer-orders"

/** One producer's part with what the shopper paid for it, what was given back and what still can be. */
export type PartMoney = {
  id: string
  order_id: string
  producer_id: string
  status: string
  /** Whole đồng: its lines and its delivery charge. */
  amount: number
  payment_id: string | null
  method: RefundMethod | null
  paid: number
  refunded: number
  refundable: number
}

/** The money of each part of one order, read together so their refunds add up against one payment; 404 for no order. */
export async function partMoney(container: MedusaContainer, orderId: string): Promise<PartMoney[]> {
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const [parts, refunds, { data: orders }] = await Promise.all([
    container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducerOrders({ order_id: orderId }),
    container
      .resolve<ShopperRefundModuleService>(SHOPPER_REFUND_MODULE)
      .listShopperRefunds({ order_id: orderId }, { select: ["producer_order_id", "amount"] }),
    query.graph({
      entity: "order",
      fields: [
        ...PART_AMOUNT_FIELDS,
        "payment_collections.payments.id",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.captured_at",
        "payment_collections.payments.canceled_at",
      ],
      filters: { id: orderId },
    }),
  ])
  const order = orders[0]
  if (!order) throw notFound("đơn hàng này")
  const payment = (order?.payment_collections ?? [])
    .flatMap((collection) => collection?.payments ?? [])
    .find((p) => p && !p.canceled_at)
  const method = payment ? refundMethod(payment.provider_id) : null
  return parts.map((part) => {
    const { amount, pickup_at } = partAmount(part, order)
    const paid = method
      ? paidForPart({ method, amount, status: part.status, payment_captured: !!payment?.captured_at, pickup: !!pickup_at })
      : 0
    const refunded = refundedTotal(refunds.filter((refund) => refund.producer_order_id === part.id))
    return {
      id: part.id,
      order_id: part.order_id,
      producer_id: part.producer_id,
      status: part.status,
      amount,
      payment_id: payment?.id ?? null,
      method,
      paid,
      refunded,
      refundable: Math.max(0, paid - refunded),
    }
  })
}

/** The refunds as the API answers them: amounts as numbers, dates as they go out in JSON. */
function shapeRefund(refund: ShopperRefundRecord): BeforeJson<ShopperRefund, "paid_out_at" | "created_at"> {
  return {
    id: refund.id,
    order_id: refund.order_id,
    producer_order_id: refund.producer_order_id,
    amount: Number(refund.amount),
    method: refund.method,
    status: refund.status,
    reason: refund.reason,
    payout_reference: refund.payout_reference,
    paid_out_at: refund.paid_out_at,
    created_at: refund.created_at,
  }
}
type ShopperRefundRecord = Awaited<ReturnType<ShopperRefundModuleService["listShopperRefunds"]>>[number]
export type ShopperRefundRow = ReturnType<typeof shapeRefund>

/** An order's producer parts with their money and refunds, for the office's order page. */
export async function orderPartsMoney(container: MedusaContainer, orderId: string) {
  const [money, refunds] = await Promise.all([
    partMoney(container, orderId),
    container
      .resolve<ShopperRefundModuleService>(SHOPPER_REFUND_MODULE)
      .listShopperRefunds({ order_id: orderId }, { order: { created_at: "ASC" } }),
  ])
  const producers = money.length
    ? await container
        .resolve<ProducerModuleService>(PRODUCER_MODULE)
        .listProducers({ id: [...new Set(money.map((part) => part.producer_id))] }, { select: ["id", "name"] })
    : []
  return money.map((part) => ({
    ...part,
    producer_name: producers.find((producer) => producer.id === part.producer_id)?.name ?? null,
    refunds: refunds.filter((refund) => refund.producer_order_id === part.id).map(shapeRefund),
  }))
}

/** Refunds by status, newest first, with their order's number: the office's list of transfers to make. */
export async function shopperRefunds(container: MedusaContainer, status: ShopperRefundRecord["status"] | undefined) {
  const refunds = await container
    .resolve<ShopperRefundModuleService>(SHOPPER_REFUND_MODULE)
    .listShopperRefunds(status ? { status } : {}, { order: { created_at: "DESC" }, take: 200 })
  const { data: orders } = refunds.length
    ? await container
        .resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["id", "display_id"], filters: { id: [...new Set(refunds.map((r) => r.order_id))] } })
    : { data: [] }
  return refunds.map((refund) => {
    const order = orders.find((candidate) => candidate.id === refund.order_id)
    return { ...shapeRefund(refund), display_id: order ? displayId(order) : null }
  })
}

/** The order a producer's part belongs to; 404 for a part that does not exist. */
export async function partOrderId(container: MedusaContainer, partId: string): Promise<string> {
  const [part] = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducerOrders({ id: partId }, { select: ["order_id"] })
  if (!part) throw notFound("phần đơn này")
  return part.order_id
}

/** 404 for a refund that does not exist, in the office's words. */
export async function shopperRefund(container: MedusaContainer, id: string) {
  const [refund] = await container.resolve<ShopperRefundModuleService>(SHOPPER_REFUND_MODULE).listShopperRefunds({ id })
  if (!refund) throw notFound("khoản hoàn tiền này")
  return shapeRefund(refund)
}
