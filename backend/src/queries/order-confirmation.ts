import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { NoticeData } from "@ocop/contracts"
import { BANK_TRANSFER_PROVIDER_ID } from "../modules/bank-transfer"
import { NOTICE_MODULE } from "../modules/notice"
import type NoticeModuleService from "../modules/notice/service"
import { bankTransferInstructions } from "./bank-transfer"
import { displayId, LINE_QUANTITY_FIELD, lineQuantity } from "./order-lines"

/** The order e-mail's template (worded in modules/mail/templates/order-placed.ts). */
export const ORDER_PLACED_TEMPLATE = "order-placed" satisfies keyof NoticeData
/** One confirmation per order, however many times it is asked for. */
export const orderConfirmationKey = (orderId: string) => `${ORDER_PLACED_TEMPLATE}:${orderId}`

export type OrderConfirmation = {
  to: string
  data: NoticeData["order-placed"]
}

/** What the shopper's order e-mail says (issue 16); null for an order with no e-mail address. */
export async function orderConfirmation(container: MedusaContainer, orderId: string): Promise<OrderConfirmation | null> {
  const { data: orders } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "total",
      "items.product_title",
      "items.title",
      `items.${LINE_QUANTITY_FIELD}`,
      "payment_collections.payment_sessions.provider_id",
    ],
    filters: { id: orderId },
  })
  const order = orders[0]
  if (!order?.email) return null
  const byTransfer = (order.payment_collections ?? []).some((collection) =>
    (collection?.payment_sessions ?? []).some((session) => session?.provider_id === BANK_TRANSFER_PROVIDER_ID)
  )
  return {
    to: order.email,
    data: {
      display_id: displayId(order),
      total: Math.round(Number(order.total)),
      items: (order.items ?? []).flatMap((item) =>
        item ? [{ title: item.product_title ?? item.title, quantity: lineQuantity(item) }] : []
      ),
      transfer: byTransfer ? await bankTransferInstructions(container, order.id) : null,
    },
  }
}

/** Orders placed since `since` whose confirmation was never queued: a process died before queueing it. */
export async function unconfirmedOrders(container: MedusaContainer, since: Date): Promise<string[]> {
  const orders = await container
    .resolve(Modules.ORDER)
    .listOrders({ created_at: { $gte: since.toISOString() } }, { select: ["id"], take: null })
  if (!orders.length) return []
  const sent = await container
    .resolve<NoticeModuleService>(NOTICE_MODULE)
    .listNotices(
      { template: ORDER_PLACED_TEMPLATE, resource_id: orders.map((order) => order.id) },
      { select: ["resource_id"], take: null }
    )
  const confirmed = new Set(sent.map((notice) => notice.resource_id))
  return orders.map((order) => order.id).filter((id) => !confirmed.has(id))
}
