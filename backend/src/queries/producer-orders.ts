import type { MedusaContainer, RemoteQueryEntryPoints, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { LineBatch, ProducerOrder, ProducerOrderDetail, ProducerOrderStatus } from "@ocop/contracts"
import { PRODUCER_MODULE } from "../modules/producer"
import type ProducerModuleService from "../modules/producer/service"
import { displayId, LINE_QUANTITY_FIELD, lineQuantity } from "./order-lines"
import { PICKUP_NAME_PREFIX } from "./pickups"
import { notFound } from "./producer-scope"
import { shippedBatchesOf } from "./shipped-batches"
import type { BeforeJson } from "../utils/before-json"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "created_at",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.variant_sku",
  "items.variant_id",
  `items.${LINE_QUANTITY_FIELD}`,
  "items.unit_price",
  "shipping_methods.id",
  "shipping_methods.amount",
  "shipping_methods.name",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "shipping_address.address_1",
  "shipping_address.city",
  "shipping_address.province",
]

type Part = Awaited<ReturnType<ProducerModuleService["listProducerOrders"]>>[number]
type Order = RemoteQueryEntryPoints["order"]

type PartShare = Pick<Part, "line_item_ids" | "shipping_method_ids">

/** A part's own lines and delivery charges out of its order, and what the shopper pays for them. */
function partShare(part: PartShare, order: Order | undefined) {
  const items = (order?.items ?? [])
    .filter((item) => item !== null)
    .filter((item) => part.line_item_ids.includes(item.id))
    .map((item) => ({
      id: item.id,
      title: item.product_title ?? item.title,
      variant_title: item.variant_title ?? null,
      sku: item.variant_sku ?? null,
      variant_id: item.variant_id ?? null,
      quantity: lineQuantity(item),
      unit_price: Number(item.unit_price),
      // Prices are tax-inclusive and the marketplace has no discounts yet: a line costs price × quantity.
      total: Number(item.unit_price) * lineQuantity(item),
    }))
  const subtotal = items.reduce((sum, item) => sum + item.total, 0)
  const methods = (order?.shipping_methods ?? [])
    .filter((method) => method !== null)
    .filter((method) => part.shipping_method_ids.includes(method.id))
  const shippingTotal = methods.reduce((sum, method) => sum + Number(method.amount), 0)
  return { items, subtotal, shippingTotal, methods, total: subtotal + shippingTotal }
}

/** What an order must be read with for partAmount. */
export const PART_AMOUNT_FIELDS = [
  "items.id",
  `items.${LINE_QUANTITY_FIELD}`,
  "items.unit_price",
  "shipping_methods.id",
  "shipping_methods.amount",
  "shipping_methods.name",
]

/**
 * What the shopper pays for one producer's part, its lines plus its delivery charge: the amount the
 * portal shows and the amount captured when its parcel is delivered with the cash collected.
 */
export function partAmount(part: PartShare, order: Order | undefined): { amount: number; pickup_at: string | null } {
  const { total, methods } = partShare(part, order)
  return { amount: total, pickup_at: methods.find((m) => m.name?.startsWith(PICKUP_NAME_PREFIX))?.name ?? null }
}

/** A part whose lines do not say the batch they were shipped from: what notices read, as e-mails never show it. */
type PartWithoutBatches = Omit<PortalOrder, "items"> & { items: Omit<PortalOrder["items"][number], "batch">[] }

/**
 * A producer's part with only its own lines, its delivery charge, and where the parcel goes; given the
 * batches shipped (by line id), each line says the batch it came from.
 */
function shapePart(part: Part, order: Order | undefined): PartWithoutBatches
function shapePart(part: Part, order: Order | undefined, batchOfLine: Map<string, LineBatch>): PortalOrder
function shapePart(part: Part, order: Order | undefined, batchOfLine?: Map<string, LineBatch>): PortalOrder | PartWithoutBatches {
  const { subtotal, shippingTotal, methods, total, ...share } = partShare(part, order)
  const items = batchOfLine ? share.items.map((item) => ({ ...item, batch: batchOfLine.get(item.id) ?? null })) : share.items
  const pickup = methods.find((method) => method.name?.startsWith(PICKUP_NAME_PREFIX))
  const address = order?.shipping_address
  return {
    id: part.id,
    order_id: part.order_id,
    display_id: order ? displayId(order) : null,
    status: part.status,
    created_at: part.created_at,
    confirmed_at: part.confirmed_at,
    shipped_at: part.shipped_at,
    delivered_at: part.delivered_at,
    canceled_at: part.canceled_at,
    tracking_number: part.tracking_number,
    carrier: part.carrier,
    cancel_reason: part.cancel_reason,
    // Delivered parts are captured with their delivery; a showroom captures the payment when it hands an order over.
    payment_captured: part.status === "delivered" || (Boolean(pickup) && part.status === "shipped"),
    items,
    subtotal,
    shipping_total: shippingTotal,
    /** "Nhận tại <showroom>" when the shopper collects it there: the showroom hands it over, not the producer. */
    pickup_at: pickup?.name ?? null,
    total,
    customer: {
      email: order?.email ?? null,
      name: address ? [address.last_name, address.first_name].filter(Boolean).join(" ") : null,
      phone: address?.phone ?? null,
      address: address ? [address.address_1, address.city, address.province].filter(Boolean).join(", ") : null,
    },
  }
}

/**
 * A producer's part of an order, its dates still Dates until the answer's JSON. Its order number is
 * null when the order itself is gone (never for a live order).
 */
export type PortalOrder = Omit<
  BeforeJson<ProducerOrder, "created_at" | "confirmed_at" | "shipped_at" | "delivered_at" | "canceled_at">,
  "display_id"
> & { display_id: number | null }

/** `GET /producer/orders/:id`'s answer (ProducerOrderDetail) with its part's dates still Dates. */
export type PortalOrderDetail = Omit<ProducerOrderDetail, "order"> & { order: PortalOrder }

/** The producer's parts of orders, newest first; never another producer's. */
export async function producerOrders(
  container: MedusaContainer,
  producerId: string,
  options: { id?: string; status?: ProducerOrderStatus; limit?: number; offset?: number } = {}
): Promise<{ orders: PortalOrder[]; count: number }> {
  const [parts, count] = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listAndCountProducerOrders(
    {
      producer_id: producerId,
      ...(options.id && { id: options.id }),
      ...(options.status && { status: options.status }),
    },
    { skip: options.offset ?? 0, take: options.limit ?? 20, order: { created_at: "DESC" } }
  )
  if (!parts.length) return { orders: [], count }
  const orderIds = [...new Set(parts.map((part) => part.order_id))]
  const [{ data }, batchOfLine] = await Promise.all([
    container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ORDER_FIELDS,
      filters: { id: orderIds },
    }),
    shippedBatchesOf(container, orderIds),
  ])
  const orderById = new Map(data.map((order) => [order.id, order]))
  return { orders: parts.map((part) => shapePart(part, orderById.get(part.order_id), batchOfLine)), count }
}

export async function producerOrder(container: MedusaContainer, producerId: string, id: string): Promise<PortalOrder> {
  const { orders } = await producerOrders(container, producerId, { id, limit: 1 })
  if (!orders.length) throw notFound("đơn hàng")
  return orders[0]
}

/** An order's producer parts (all of them, or the given ones), each with its producer's name and e-mail: what notices tell. */
export async function orderParts(
  container: MedusaContainer,
  orderId: string,
  partIds?: string[]
): Promise<{ part: PartWithoutBatches; producer: { name: string; email: string } }[]> {
  const parts = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducerOrders({ order_id: orderId, ...(partIds && { id: partIds }) }, { relations: ["producer"] })
  if (!parts.length) return []
  const { data } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { id: orderId },
  })
  return parts.map((part) => ({
    part: shapePart(part, data[0]),
    producer: { name: part.producer.name, email: part.producer.email },
  }))
}
