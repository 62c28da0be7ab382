import { ERROR_CODES, type ErrorCode, type ProducerOrderStatus } from "@ocop/contracts"

export type { ProducerOrderStatus }
export type ProducerOrderAction = "confirm" | "ship" | "cancel" | "deliver" | "refuse"

/** From which states a producer may act on its part of an order, and where each action leads. */
const TRANSITIONS: Record<ProducerOrderAction, { from: ProducerOrderStatus[]; to: ProducerOrderStatus; refusal: string }> = {
  confirm: { from: ["pending"], to: "confirmed", refusal: "Chỉ xác nhận được phần đơn đang chờ xác nhận." },
  ship: { from: ["pending", "confirmed"], to: "shipped", refusal: "Phần đơn này đã giao cho vận chuyển hoặc đã hủy." },
  cancel: {
    from: ["pending", "confirmed"],
    to: "canceled",
    refusal: "Không hủy được phần đơn đã giao cho vận chuyển hoặc đã hủy.",
  },
  // Cash on delivery (issue 16): a parcel on its way ends delivered with the cash collected, or refused at the door.
  deliver: {
    from: ["shipped"],
    to: "delivered",
    refusal: "Chỉ báo đã giao được phần đơn đang trên đường giao cho khách.",
  },
  refuse: {
    from: ["shipped"],
    to: "refused",
    refusal: "Chỉ báo khách từ chối nhận được phần đơn đang trên đường giao cho khách.",
  },
}

/** The status after the action, or the sentence (and its code) explaining why it is refused. */
export function producerOrderStatusAfter(
  action: ProducerOrderAction,
  status: ProducerOrderStatus
): { status: ProducerOrderStatus } | { refusal: string; code: ErrorCode } {
  const rule = TRANSITIONS[action]
  if (rule.from.includes(status)) return { status: rule.to }
  if (action === "deliver" || action === "refuse") {
    // The cash of a delivered part is captured once: a second report must not capture it again.
    return status === "delivered"
      ? { refusal: "Phần đơn này đã giao và đã thu tiền; không thu tiền lần nữa.", code: ERROR_CODES.ALREADY_CAPTURED }
      : { refusal: rule.refusal, code: ERROR_CODES.PARCEL_NOT_OUT }
  }
  return { refusal: rule.refusal, code: ERROR_CODES.NOT_ALLOWED }
}
