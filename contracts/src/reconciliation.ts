// What became of a transfer the bank reported (issue 16; PAYMENTS-VN.md §3), as the backend records it
// and the office reviews it in Admin.

/** What the office can still decide about; the rest are settled. */
export const TRANSFERS_TO_REVIEW = ["partial", "unmatched", "order_closed", "overpaid"] as const

export const INCOMING_TRANSFER_STATUSES = [...TRANSFERS_TO_REVIEW, "matched", "attached", "returned", "ignored"] as const
export type IncomingTransferStatus = (typeof INCOMING_TRANSFER_STATUSES)[number]

export const INCOMING_TRANSFER_STATUS_LABELS: Record<IncomingTransferStatus, string> = {
  partial: "Chuyển thiếu",
  unmatched: "Không khớp đơn",
  order_closed: "Đơn đã huỷ hoặc đã trả",
  overpaid: "Thừa tiền, cần trả lại",
  matched: "Khớp, đã ghi nhận",
  attached: "Đã gắn vào đơn",
  returned: "Đã trả lại người chuyển",
  ignored: "Bỏ qua",
}
