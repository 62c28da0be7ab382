export type ProducerOrderStatus = "pending" | "confirmed" | "shipped" | "canceled"
export type ProducerOrderAction = "confirm" | "ship" | "cancel"

/** From which states a producer may act on its part of an order, and where each action leads. */
const TRANSITIONS: Record<ProducerOrderAction, { from: ProducerOrderStatus[]; to: ProducerOrderStatus; refusal: string }> = {
  confirm: { from: ["pending"], to: "confirmed", refusal: "Chỉ xác nhận được phần đơn đang chờ xác nhận." },
  ship: { from: ["pending", "confirmed"], to: "shipped", refusal: "Phần đơn này đã giao cho vận chuyển hoặc đã hủy." },
  cancel: {
    from: ["pending", "confirmed"],
    to: "canceled",
    refusal: "Không hủy được phần đơn đã giao cho vận chuyển hoặc đã hủy.",
  },
}

/** The status after the action, or the sentence explaining why it is refused. */
export function producerOrderStatusAfter(
  action: ProducerOrderAction,
  status: ProducerOrderStatus
): { status: ProducerOrderStatus } | { refusal: string } {
  const rule = TRANSITIONS[action]
  return rule.from.includes(status) ? { status: rule.to } : { refusal: rule.refusal }
}
