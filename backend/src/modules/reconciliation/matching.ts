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

/**
 * What attaching a transfer to an order does, given what the office attached to it before: the order
 * is captured once its transfers add up to its amount, for that amount; anything above is owed back to
 * the sender, on the transfer that went over.
 */
export function attachOutcome(orderAmount: number, attachedBefore: number, amount: number) {
  const total = attachedBefore + amount
  if (total < orderAmount) return { capture: false, status: "attached" as const, owed_back: null }
  const owed = total - orderAmount
  return { capture: true, status: owed > 0 ? ("overpaid" as const) : ("attached" as const), owed_back: owed > 0 ? owed : null }
}
