import { formatVnd } from "@ocop/contracts"

// How a shopper may pay: cash on delivery (Medusa's built-in system provider), a bank transfer to the
// marketplace's account with a VietQR code (the backend's bank-transfer provider), or an international
// card through Stripe (Medusa's Stripe provider), when the marketplace has configured Stripe.
export const COD_PROVIDER_ID = "pp_system_default"
export const BANK_TRANSFER_PROVIDER_ID = "pp_bank-transfer_bank-transfer"
export const CARD_PROVIDER_ID = "pp_stripe_stripe"

/** The checkout form's `payment` values and the provider each one pays with, in the order offered. */
export const PAYMENT_METHODS = [
  { value: "cod", provider_id: COD_PROVIDER_ID },
  { value: "bank_transfer", provider_id: BANK_TRANSFER_PROVIDER_ID },
  { value: "card", provider_id: CARD_PROVIDER_ID },
] as const

export type PaymentMethod = (typeof PAYMENT_METHODS)[number]["value"]

export const PAYMENT_LABEL: Record<string, string> = {
  [COD_PROVIDER_ID]: "Thanh toán khi nhận hàng (COD)",
  [BANK_TRANSFER_PROVIDER_ID]: "Chuyển khoản ngân hàng (VietQR)",
  [CARD_PROVIDER_ID]: "Thẻ quốc tế (Visa, Mastercard)",
}

export const PAYMENT_NOTE: Record<string, string> = {
  [COD_PROVIDER_ID]: "Trả tiền mặt cho người giao hàng hoặc tại quầy khi nhận.",
  [BANK_TRANSFER_PROVIDER_ID]:
    "Sau khi đặt hàng, quét mã VietQR bằng ứng dụng ngân hàng hoặc chuyển khoản theo thông tin hiện ra.",
  [CARD_PROVIDER_ID]: "Nhập thông tin thẻ ở bước tiếp theo; ngân hàng của bạn có thể yêu cầu xác thực (3-D Secure).",
}

/**
 * Cards are offered only when the backend offers Stripe in the cart's region and the storefront has
 * Stripe's publishable key (NEXT_PUBLIC_STRIPE_KEY): otherwise nothing of Stripe is loaded in the page.
 */
export function offersCards(regionProviderIds: string[], stripeKey: string | undefined): boolean {
  return regionProviderIds.includes(CARD_PROVIDER_ID) && !!stripeKey?.trim()
}

/** The ways to pay shown at checkout, in the order offered. */
export function offeredPaymentMethods(cards: boolean) {
  return PAYMENT_METHODS.filter((method) => cards || method.provider_id !== CARD_PROVIDER_ID)
}

/** The card step's button: the amount Stripe was asked to charge, in đồng as it is (VND has no minor unit). */
export function cardPayLabel(amount: number): string {
  return `Thanh toán ${formatVnd(amount)}`
}

/** The provider a form value pays with; null for anything the checkout does not offer. */
export function paymentProviderOf(value: string): string | null {
  return PAYMENT_METHODS.find((method) => method.value === value)?.provider_id ?? null
}

/** Why the shopper is back at checkout after a bank's 3-D Secure page (checkout/card-return), by `?the=`. */
export const CARD_RETURN_NOTICE: Record<string, string> = {
  "card-refused":
    "Thẻ chưa được thanh toán: ngân hàng từ chối hoặc việc xác thực chưa xong. Vui lòng thử lại hoặc chọn cách thanh toán khác.",
  "card-unfinished":
    "Thẻ đã được xác thực nhưng đơn hàng chưa hoàn tất. Vui lòng bấm Đặt hàng lại; bạn không bị trừ tiền hai lần.",
}
