import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BANK_TRANSFER_PROVIDER_ID } from "../modules/bank-transfer"

export type UnpaidTransferOrder = {
  id: string
  display_id: number
  email: string | null
  /** Integer đồng: what the shopper was asked to transfer. */
  amount: number
  currency_code: string
}

/** Orders with a transfer payment still waiting: found from the payments (few), not from every old order. */
async function ordersAwaitingTransfer(container: MedusaContainer): Promise<string[]> {
  const { data: payments } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payment",
    fields: ["payment_collection.order.id"],
    filters: { provider_id: BANK_TRANSFER_PROVIDER_ID, captured_at: null, canceled_at: null },
  })
  return [...new Set(payments.map((p) => p.payment_collection?.order?.id).filter((id): id is string => !!id))]
}

/**
 * Orders paid by bank transfer whose money has not arrived: placed before `placedBefore`, not
 * cancelled, their transfer payment authorized but neither captured nor cancelled. `orderIds` reads
 * just those orders, for a workflow checking again just before it writes.
 */
export async function unpaidTransferOrders(
  container: MedusaContainer,
  placedBefore: Date,
  orderIds?: string[]
): Promise<UnpaidTransferOrder[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = orderIds ?? (await ordersAwaitingTransfer(container))
  if (!ids.length) return []

  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "total",
      "currency_code",
      "status",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: ids, created_at: { $lt: placedBefore } },
  })
  return orders
    .filter((order) => order.status !== "canceled")
    .filter((order) => {
      const payments = (order.payment_collections ?? []).flatMap((c) => c?.payments ?? [])
      const waiting = payments.some((p) => p?.provider_id === BANK_TRANSFER_PROVIDER_ID && !p.captured_at && !p.canceled_at)
      return waiting && payments.every((p) => !p?.captured_at)
    })
    .map((order) => ({
      id: order.id,
      display_id: Number(order.display_id),
      email: order.email ?? null,
      // VND has no minor unit; a tax-inclusive total can still carry a rounding remainder.
      amount: Math.round(Number(order.total)),
      currency_code: order.currency_code,
    }))
}
