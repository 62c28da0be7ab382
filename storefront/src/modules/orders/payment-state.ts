// An order's payment as its shopper reads it, from Medusa's order payment_status.

const PAYMENT_STATE: Record<string, string> = {
  not_paid: "Chưa thanh toán",
  awaiting: "Chờ thanh toán",
  authorized: "Chờ thanh toán",
  partially_authorized: "Chờ thanh toán",
  captured: "Đã thanh toán",
  partially_captured: "Đã thanh toán một phần",
  partially_refunded: "Đã hoàn tiền một phần",
  refunded: "Đã hoàn tiền",
  canceled: "Đã huỷ thanh toán",
  requires_action: "Chờ xác nhận thanh toán",
}

/** "Đã thanh toán", "Chờ thanh toán"…; cash on delivery is paid parcel by parcel as each arrives. */
export function paymentState(status: string | null | undefined): string {
  return (status && PAYMENT_STATE[status]) ?? "Chưa thanh toán"
}
