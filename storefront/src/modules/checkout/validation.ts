// Checkout form rules, pure so they are unit-tested and run on the server for every submission
// (the browser's own checks are only a convenience).
import { normalizePhone, PHONE_MESSAGES } from "@ocop/contracts"
import { paymentProviderOf } from "./payment"
import { PROVINCES } from "./provinces"
import { isPickup } from "./shipping"

export const CHECKOUT_FIELDS = ["full_name", "email", "phone", "province", "commune", "address", "delivery", "payment"] as const

export type CheckoutField = (typeof CHECKOUT_FIELDS)[number]
export type CheckoutValues = Record<CheckoutField, string>
export type CheckoutErrors = Partial<Record<CheckoutField, string>>

export type CheckoutInput = {
  fullName: string
  email: string
  /** A mobile, as the contracts store phone numbers: "0912345678". */
  phone: string
  /** "standard", or "pickup:<showroom>" to collect at a showroom. */
  delivery: string
  /** Where to deliver; null when the shopper collects at a showroom. */
  address: { province: string; commune: string; address: string } | null
  /** The payment provider chosen: cash on delivery, bank transfer or card. */
  paymentProviderId: string
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function readCheckoutForm(form: FormData): CheckoutValues {
  const values = {} as CheckoutValues
  for (const field of CHECKOUT_FIELDS) {
    const value = form.get(field)
    values[field] = typeof value === "string" ? value.trim() : ""
  }
  return values
}

export type CheckoutValidation = { ok: true; input: CheckoutInput } | { ok: false; errors: CheckoutErrors }

export function validateCheckout(values: CheckoutValues): CheckoutValidation {
  const errors: CheckoutErrors = {}

  if (!values.full_name) errors.full_name = "Vui lòng nhập họ và tên."
  else if (values.full_name.length > 100) errors.full_name = "Họ và tên tối đa 100 ký tự."

  if (!values.email) errors.email = "Vui lòng nhập email."
  else if (!EMAIL_PATTERN.test(values.email) || values.email.length > 254)
    errors.email = "Email không hợp lệ (ví dụ: ten@example.com)."

  const phone = normalizePhone(values.phone, "mobile")
  if (!values.phone) errors.phone = "Vui lòng nhập số điện thoại."
  else if (!phone) errors.phone = PHONE_MESSAGES.mobile

  if (!values.delivery) errors.delivery = "Vui lòng chọn cách nhận hàng."
  // Collected at a showroom: no delivery address to ask for.
  const delivered = !isPickup(values.delivery)
  if (delivered) {
    if (!(PROVINCES as readonly string[]).includes(values.province)) errors.province = "Vui lòng chọn tỉnh/thành phố."

    if (!values.commune) errors.commune = "Vui lòng nhập phường/xã."
    else if (values.commune.length > 100) errors.commune = "Phường/xã tối đa 100 ký tự."

    if (!values.address) errors.address = "Vui lòng nhập địa chỉ cụ thể (số nhà, đường, thôn/xóm)."
    else if (values.address.length > 200) errors.address = "Địa chỉ tối đa 200 ký tự."
  }

  const paymentProviderId = paymentProviderOf(values.payment)
  if (!paymentProviderId) errors.payment = "Vui lòng chọn phương thức thanh toán."

  if (Object.keys(errors).length > 0 || !phone || !paymentProviderId) return { ok: false, errors }
  return {
    ok: true,
    input: {
      fullName: values.full_name,
      email: values.email.toLowerCase(),
      phone,
      delivery: values.delivery,
      address: delivered ? { province: values.province, commune: values.commune, address: values.address } : null,
      paymentProviderId,
    },
  }
}
