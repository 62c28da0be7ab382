// Checkout form rules, pure so they are unit-tested and run on the server for every submission
// (the browser's own checks are only a convenience).
import { PROVINCES } from "./provinces"
import { isPickup } from "./shipping"

export const CHECKOUT_FIELDS = [
  "full_name",
  "email",
  "phone",
  "province",
  "commune",
  "address",
  "delivery",
  "payment",
] as const

export type CheckoutField = (typeof CHECKOUT_FIELDS)[number]
export type CheckoutValues = Record<CheckoutField, string>
export type CheckoutErrors = Partial<Record<CheckoutField, string>>

export type CheckoutInput = {
  fullName: string
  email: string
  /** E.164, e.g. +84912345678 */
  phone: string
  /** "standard", or "pickup:<showroom>" to collect at a showroom. */
  delivery: string
  /** Where to deliver; null when the shopper collects at a showroom. */
  address: { province: string; commune: string; address: string } | null
}

/** Vietnamese mobile numbers: +84 or 0, then a mobile prefix 3/5/7/8/9 and eight digits. */
export const PHONE_PATTERN = /^(?:\+84|0)(3|5|7|8|9)\d{8}$/

/** "0912 345 678" → "+84912345678"; null when it is not a Vietnamese mobile number. */
export function normalizePhone(raw: string): string | null {
  // People write numbers in groups: ignore spaces, dots and dashes between digits.
  const compact = raw.replace(/[\s.-]/g, "")
  if (!PHONE_PATTERN.test(compact)) return null
  return compact.startsWith("+84") ? compact : `+84${compact.slice(1)}`
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

  const phone = normalizePhone(values.phone)
  if (!values.phone) errors.phone = "Vui lòng nhập số điện thoại."
  else if (!phone) errors.phone = "Số điện thoại không hợp lệ. Nhập số di động Việt Nam, ví dụ 0912 345 678."

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

  if (values.payment !== "cod") errors.payment = "Vui lòng chọn phương thức thanh toán."

  if (Object.keys(errors).length > 0 || !phone) return { ok: false, errors }
  return {
    ok: true,
    input: {
      fullName: values.full_name,
      email: values.email.toLowerCase(),
      phone,
      delivery: values.delivery,
      address: delivered ? { province: values.province, commune: values.commune, address: values.address } : null,
    },
  }
}
