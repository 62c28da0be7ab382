// Checkout form rules, pure so they are unit-tested and run on the server for every submission
// (the browser's own checks are only a convenience).
import { normalizePhone, PHONE_MESSAGES } from "@ocop/contracts"
import { communeByCode, provinceByCode } from "@ocop/contracts/admin-units"
import { paymentProviderOf } from "./payment"
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
  address: DeliveryAddress | null
  /** The payment provider chosen: cash on delivery, bank transfer or card. */
  paymentProviderId: string
}

/** A delivery address after the 2025 reform: the units' names as the address shows them, their codes as stored. */
export type DeliveryAddress = {
  /** The province's short name ("Hà Tĩnh"), as producers and showrooms write it. */
  province: string
  provinceCode: string
  /** The commune's official name ("Xã Can Lộc"). */
  commune: string
  communeCode: string
  /** The street line: house number, street, hamlet. */
  address: string
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
  const address = delivered ? validateDeliveryAddress(values) : null
  if (address && !address.ok) Object.assign(errors, address.errors)

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
      address: address?.ok ? address.address : null,
      paymentProviderId,
    },
  }
}

type AddressField = "province" | "commune" | "address"

/**
 * The province, commune (the pickers' codes) and street line of a delivery address, checked as the
 * checkout and the address book both take them: the commune must be one of the province's.
 */
export function validateDeliveryAddress(
  values: Record<AddressField, string>
): { ok: true; address: DeliveryAddress } | { ok: false; errors: Partial<Record<AddressField, string>> } {
  const errors: Partial<Record<AddressField, string>> = {}
  const province = provinceByCode(values.province)
  const commune = communeByCode(values.commune)
  if (!province) errors.province = "Vui lòng chọn tỉnh/thành phố."
  if (!values.commune) errors.commune = "Vui lòng chọn phường/xã."
  else if (province && commune?.province_code !== province.code)
    errors.commune = "Phường/xã đã chọn không thuộc tỉnh/thành phố này. Vui lòng chọn lại."

  if (!values.address) errors.address = "Vui lòng nhập địa chỉ cụ thể (số nhà, đường, thôn/xóm)."
  else if (values.address.length > 200) errors.address = "Địa chỉ tối đa 200 ký tự."

  if (!province || !commune || Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    address: {
      province: province.short,
      provinceCode: province.code,
      commune: commune.name,
      communeCode: commune.code,
      address: values.address,
    },
  }
}

/**
 * A delivery address as Medusa stores it (a cart's, an address book entry's): the whole Vietnamese name
 * in first_name, family name first; the units' names to show and their official codes in metadata
 * (names change with amendments; codes are what the backend checks).
 */
export function storedAddress(fullName: string, phone: string, address: DeliveryAddress) {
  return {
    first_name: fullName,
    last_name: "",
    address_1: address.address,
    city: address.commune,
    province: address.province,
    country_code: "vn",
    phone,
    metadata: { province_code: address.provinceCode, commune_code: address.communeCode },
  }
}
