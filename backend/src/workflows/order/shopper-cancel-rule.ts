import { ERROR_CODES, type ErrorCode, type ProducerOrderStatus } from "@ocop/contracts"

/**
 * Whether a shopper may cancel their own order (issue 16): only before any parcel leaves. What they
 * already paid is refunded per producer part. The refusal is a sentence the shopper can act on, with its code.
 */
export function shopperCancelRefusal(order: {
  status: string
  parts: ProducerOrderStatus[]
}): { message: string; code: ErrorCode } | null {
  if (order.status === "canceled")
    return { message: "Đơn hàng này đã được huỷ trước đó.", code: ERROR_CODES.ORDER_ALREADY_CANCELED }
  if (order.parts.some((status) => status !== "pending" && status !== "confirmed" && status !== "canceled"))
    return {
      message: "Đơn đã có kiện được gửi đi, không huỷ được nữa. Hãy liên hệ văn phòng nếu cần hỗ trợ.",
      code: ERROR_CODES.ORDER_SHIPPED,
    }
  return null
}
