/** What a transfer is to the order its memo names (issue 16). */
export type TransferStatus = "matched" | "partial" | "unmatched" | "order_closed"

export type OrderToMatch = {
  /** Integer đồng the shopper was asked to transfer. */
  amount: number
  canceled: boolean
  /** Its transfer payment captured already, or it was not paid by transfer at all. */
  paid: boolean
}

/** The rule: the exact amount pays an open order; less is partial; a closed order takes nothing. */
export function transferStatus(order: OrderToMatch | null, amount: number): TransferStatus {
  if (!order) return "unmatched"
  if (order.canceled || order.paid) return "order_closed"
  if (amount === order.amount) return "matched"
  if (amount < order.amount) return "partial"
  return "unmatched"
}
