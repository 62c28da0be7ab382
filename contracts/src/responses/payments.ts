import type { ProducerOrderStatus } from "../producer"
import type { IncomingTransferStatus } from "../reconciliation"
import type { RefundMethod, ShopperRefundStatus } from "../refunds"

/**
 * What to transfer for an order paid by bank transfer, as `GET /store/orders/:id/bank-transfer`
 * answers it: the VietQR code's payload and the same details as text, for a shopper who types them.
 */
export type BankTransferInstructions = {
  /** The transfer arrived and the payment is captured: the shopper has nothing left to transfer. */
  paid: boolean
  /** Whole đồng: exactly what the shopper committed to pay at placement. */
  amount: number
  currency_code: string
  /** "OCOP 1042": ASCII, at most 19 characters; the transfer must carry it to be matched to the order. */
  memo: string
  bank: {
    bin: string
    /** "Ngân hàng TMCP Ngoại Thương Việt Nam"; null for a BIN VietQR's bank list does not know. */
    name: string | null
    /** "Vietcombank" */
    short_name: string | null
  }
  account_number: string
  account_name: string
  /** The EMVCo (NAPAS 247) text a banking app scans: draw it as a QR code. */
  qr_payload: string
}

/** Money given back to a shopper for one producer's part (issue 16). */
export type ShopperRefund = {
  id: string
  order_id: string
  producer_order_id: string
  /** Whole đồng. */
  amount: number
  method: RefundMethod
  status: ShopperRefundStatus
  reason: string
  payout_reference: string | null
  paid_out_at: string | null
  created_at: string
}

/** One producer's part of an order with its money, as the office's order page shows it (issue 16). */
export type OrderPartMoney = {
  id: string
  producer_id: string
  producer_name: string | null
  status: ProducerOrderStatus
  /** Whole đồng: its lines and its delivery charge. */
  amount: number
  method: ShopperRefund["method"] | null
  paid: number
  refunded: number
  /** What can still be given back: paid − refunded. */
  refundable: number
  refunds: ShopperRefund[]
}

export type OrderPartsMoneyResponse = { parts: OrderPartMoney[] }
export type ShopperRefundsResponse = { refunds: (ShopperRefund & { display_id: number | null })[] }
export type ShopperRefundResponse = { refund: ShopperRefund }
/** A transfer the bank reported, as the office reviews it in Admin (issue 16). */
export type IncomingTransferRow = {
  id: string
  /** "sepay" (the webhook) or "statement" (an imported bank statement). */
  source: string
  status: IncomingTransferStatus
  /** Whole đồng. */
  amount: number
  memo: string
  received_at: string
  bank_reference: string | null
  /** The order it was matched or attached to, or the one its memo names. */
  order: { id: string; display_id: number; status: string } | null
  /** Whole đồng paid above the order's total, owed back to the sender; null when nothing is. */
  owed_back: number | null
  note: string | null
  decided_at: string | null
}

/** What importing a statement did, by what each new transfer matched. */
export type StatementImportResult = {
  /** Credit lines in the statement (debit rows are not counted). */
  credits: number
  /** Lines recorded by an earlier import of the same statement: recorded nothing again. */
  already_recorded: number
  recorded: Record<"matched" | "partial" | "unmatched" | "order_closed", number>
}
