/**
 * What to transfer for an order paid by bank transfer, as `GET /store/orders/:id/bank-transfer`
 * answers it: the VietQR code's payload and the same details as text, for a shopper who types them.
 */
export type BankTransferInstructions = {
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
