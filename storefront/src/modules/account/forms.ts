// The account's forms (issue 17), pure so they run in the browser before sending and again in the
// server action. Registration and the profile check with the contracts' schemas, the ones the backend
// checks Medusa's routes with; an address book entry with the checkout's own address rule.
import { normalizePhone, PHONE_MESSAGES } from "@ocop/contracts"
import { CustomerLoginBody, CustomerProfileBody, fieldErrors, NewPasswordBody } from "@ocop/contracts/schemas"
import { emailError, type FieldErrors } from "@/modules/common/form-values"
import { type DeliveryAddress, validateDeliveryAddress } from "@/modules/checkout/validation"

export const REGISTER_FIELDS = ["full_name", "phone", "email", "password"] as const
export type RegisterField = (typeof REGISTER_FIELDS)[number]

export const PROFILE_FIELDS = ["full_name", "phone"] as const
export type ProfileField = (typeof PROFILE_FIELDS)[number]

export const ADDRESS_FIELDS = ["full_name", "phone", "province", "commune", "address", "is_default"] as const
export type AddressField = (typeof ADDRESS_FIELDS)[number]

type Checked<F extends string, T> = { ok: true; value: T } | { ok: false; errors: FieldErrors<F> }

/** Name and an optional mobile, in its stored form ("0912345678"). */
export function validateProfile(
  values: Record<ProfileField, string>
): Checked<ProfileField, { first_name: string; phone?: string }> {
  const parsed = CustomerProfileBody.safeParse({ first_name: values.full_name, phone: values.phone || undefined })
  if (parsed.success) return { ok: true, value: parsed.data }
  const { fields } = fieldErrors<string>(parsed.error)
  return { ok: false, errors: { full_name: fields.first_name, phone: fields.phone } }
}

export function validateRegistration(
  values: Record<RegisterField, string>
): Checked<RegisterField, { email: string; password: string; first_name: string; phone?: string }> {
  const login = CustomerLoginBody.safeParse({ email: values.email, password: values.password })
  const profile = validateProfile(values)
  if (login.success && profile.ok) return { ok: true, value: { ...login.data, ...profile.value } }
  const errors: FieldErrors<RegisterField> = profile.ok ? {} : { ...profile.errors }
  if (!login.success) {
    const { fields } = fieldErrors<string>(login.error)
    errors.email = fields.email
    errors.password = fields.password
  }
  return { ok: false, errors }
}

/** An address book entry: who receives, their mobile, and a 2025 address (commune of its province). */
export function validateAddressEntry(
  values: Record<AddressField, string>
): Checked<AddressField, { fullName: string; phone: string; address: DeliveryAddress; isDefault: boolean }> {
  const errors: FieldErrors<AddressField> = {}
  if (!values.full_name) errors.full_name = "Vui lòng nhập họ và tên người nhận."
  else if (values.full_name.length > 100) errors.full_name = "Họ và tên tối đa 100 ký tự."
  const phone = normalizePhone(values.phone, "mobile")
  if (!values.phone) errors.phone = "Vui lòng nhập số điện thoại."
  else if (!phone) errors.phone = PHONE_MESSAGES.mobile
  const address = validateDeliveryAddress(values)
  if (!address.ok) Object.assign(errors, address.errors)
  if (!address.ok || !phone || Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    value: { fullName: values.full_name, phone, address: address.address, isDefault: values.is_default === "on" },
  }
}

export const FORGOT_FIELDS = ["email"] as const
export type ForgotField = (typeof FORGOT_FIELDS)[number]

export function forgotErrors(values: Record<ForgotField, string>): FieldErrors<ForgotField> | null {
  const email = emailError(values.email)
  return email ? { email } : null
}

export const NEW_PASSWORD_FIELDS = ["password"] as const
export type NewPasswordField = (typeof NEW_PASSWORD_FIELDS)[number]

/** The new password by the rule registration follows (the backend checks it again). */
export function newPasswordErrors(values: Record<NewPasswordField, string>): FieldErrors<NewPasswordField> | null {
  const parsed = NewPasswordBody.safeParse(values)
  return parsed.success ? null : { password: fieldErrors<string>(parsed.error).fields.password }
}
