// Cash on delivery is Medusa's built-in system payment provider; it is the only method offered.
export const COD_PROVIDER_ID = "pp_system_default"

export const PAYMENT_LABEL: Record<string, string> = {
  [COD_PROVIDER_ID]: "Thanh toán khi nhận hàng (COD)",
}
