import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BANK_TRANSFER_PROVIDER_ID } from "../modules/bank-transfer"
import { displayIdInMemo } from "../modules/bank-transfer/vietqr"

/** The order a transfer's memo names, as a transfer sees it (issue 16). */
export type OrderNamedInMemo = {
  id: string
  display_id: number
  /** Integer đồng: its transfer payment's amount. */
  amount: number
  canceled: boolean
  /** Its transfer payment is captured already. */
  paid: boolean
  /** The transfer payment still waiting for the money; null when none is. */
  payment_id: string | null
}

/**
 * The order "OCOP <display_id>" in the memo names, if it was placed to be paid by bank transfer; null
 * for a memo naming none, an unknown number, or an order paid another way (cash on delivery).
 */
export async function orderNamedInMemo(container: MedusaContainer, memo: string): Promise<OrderNamedInMemo | null> {
  const displayId = displayIdInMemo(memo)
  return displayId === null ? null : transferOrder(container, displayId)
}

/** Order number `displayId` as a transfer sees it; null for an unknown number or an order not paid by transfer. */
export async function transferOrder(container: MedusaContainer, displayId: number): Promise<OrderNamedInMemo | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "status",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.amount",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { display_id: String(displayId) },
  })
  const order = data[0]
  const transfers = (order?.payment_collections ?? [])
    .flatMap((collection) => collection?.payments ?? [])
    .filter((payment) => payment?.provider_id === BANK_TRANSFER_PROVIDER_ID)
  if (!order || !transfers.length) return null
  const open = transfers.find((payment) => !payment?.captured_at && !payment?.canceled_at)
  return {
    id: order.id,
    display_id: Number(order.display_id),
    // VND has no minor unit; the amount is stored as a decimal.
    amount: Math.round(Number(open?.amount ?? transfers[0]?.amount ?? 0)),
    canceled: order.status === "canceled" || transfers.every((payment) => !!payment?.canceled_at),
    paid: transfers.some((payment) => !!payment?.captured_at),
    payment_id: open?.id ?? null,
  }
}
