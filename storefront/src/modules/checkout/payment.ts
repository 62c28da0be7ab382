// How a shopper may pay: cash on delivery (Medusa's built-in system provider) or a bank transfer to the
// marketplace's account with a VietQR code (the backend's bank-transfer provider).
export const COD_PROVIDER_ID = "pp_system_default"
export const BANK_TRANSFER_PROVIDER_ID = "pp_bank-transfer_bank-transfer"

/** The checkout form's `payment` values and the provider each one pays with, in the order offered. */
export const PAYMENT_METHODS = [
  { value: "cod", provider_id: COD_PROVIDER_ID },
  { value: "bank_transfer", provider_id: BANK_TRANSFER_PROVIDER_ID },
] as const

export type PaymentMethod = (typeof PAYMENT_METHODS)[number]["value"]

export const PAYMENT_LABEL: Record<string, string> = {
  [COD_PROVIDER_ID]: "Thanh toán khi nhận hàng (COD)",
  [BANK_TRANSFER_PROVIDER_ID]: "Chuyển khoản ngân hàng (VietQR)",
}

export const PAYMENT_NOTE: Record<string, string> = {
  [COD_PROVIDER_ID]: "Trả tiền mặt cho người giao hàng hoặc tại quầy khi nhận.",
  [BANK_TRANSFER_PROVIDER_ID]:
    "Sau khi đặt hàng, quét mã VietQR bằng ứng dụng ngân hàng hoặc chuyển khoản theo thông tin hiện ra.",
}

/** The provider a form value pays with; null for anything the checkout does not offer. */
export function paymentProviderOf(value: string): string | null {
  return PAYMENT_METHODS.find((method) => method.value === value)?.provider_id ?? null
}
