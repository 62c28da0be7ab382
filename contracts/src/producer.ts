/** Mã số thuế: 10 digits for the entity, or 10 + "-" + 3 digits for a branch (Circular 105/2020). */
export const TAX_CODE_PATTERN = /^\d{10}(-\d{3})?$/

/** What a producer is told when its tax code does not fit TAX_CODE_PATTERN. */
export const TAX_CODE_MESSAGE = "Mã số thuế phải gồm 10 chữ số, hoặc 10 chữ số và mã chi nhánh (ví dụ 3001234567-001)."

/** Where a producer stands with the coordination office: only an approved one sells. */
export const PRODUCER_STATUSES = ["pending", "approved", "suspended"] as const
export type ProducerStatus = (typeof PRODUCER_STATUSES)[number]

export const PRODUCER_STATUS_LABELS: Record<ProducerStatus, string> = {
  pending: "Chờ duyệt",
  approved: "Đã duyệt",
  suspended: "Tạm ngưng",
}

/** A person who logs in for a producer: the owner also manages members and the profile. */
export const MEMBER_ROLES = ["owner", "staff"] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  owner: "Chủ sở hữu",
  staff: "Nhân viên",
}

/**
 * A producer's part of an order, in the order work flows. `delivered`: the carrier handed it over and
 * the cash was collected; `refused`: the shopper refused it at the door.
 */
export const PRODUCER_ORDER_STATUSES = ["pending", "confirmed", "shipped", "delivered", "refused", "canceled"] as const
export type ProducerOrderStatus = (typeof PRODUCER_ORDER_STATUSES)[number]

/** The part as the producer and the office read it. */
export const PRODUCER_ORDER_STATUS_LABELS: Record<ProducerOrderStatus, string> = {
  pending: "Chờ xác nhận",
  confirmed: "Đã xác nhận",
  shipped: "Đã giao cho vận chuyển",
  delivered: "Đã giao, đã thu tiền",
  refused: "Khách từ chối nhận",
  canceled: "Đã hủy",
}

/** The same part as the shopper reads it: their parcel from that producer. */
export const PARCEL_STATUS_LABELS: Record<ProducerOrderStatus, string> = {
  pending: "Chờ nhà sản xuất xác nhận",
  confirmed: "Đang chuẩn bị hàng",
  shipped: "Đã giao cho vận chuyển",
  delivered: "Đã giao tới bạn",
  refused: "Đã từ chối nhận",
  canceled: "Đã hủy",
}
