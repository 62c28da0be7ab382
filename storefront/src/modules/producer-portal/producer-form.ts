// The producer's registration and profile forms, pure so the same rules run in the browser and in the
// server action. The backend validates again and has the last word (its messages are shown as they are).
import { normalizePhone, PHONE_MESSAGE, TAX_CODE_MESSAGE, TAX_CODE_PATTERN } from "@ocop/contracts"
import { emailError, type FieldErrors } from "@/modules/common/form-values"
import { isOwnerType } from "./labels"
import type { OwnerType, ProducerInput, ProfileUpdate } from "./types"

export const PROFILE_FIELDS = ["representative", "phone", "email", "commune", "province", "address", "story"] as const
/** The login a person creates and their own name: asked on registration and when joining by invite. */
export const ACCOUNT_FIELDS = ["member_name", "account_email", "password"] as const
export const REGISTRATION_FIELDS = [
  ...ACCOUNT_FIELDS,
  "name",
  "owner_type",
  "tax_code",
  "district_as_issued",
  "address_as_issued",
  ...PROFILE_FIELDS,
] as const

export type ProfileField = (typeof PROFILE_FIELDS)[number]
export type AccountField = (typeof ACCOUNT_FIELDS)[number]
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number]

export const MIN_PASSWORD_LENGTH = 8

function required(value: string, missing: string, max: number, tooLong: string): string | undefined {
  if (!value) return missing
  if (value.length > max) return tooLong
  return undefined
}


function passwordError(value: string): string | undefined {
  if (!value) return "Vui lòng nhập mật khẩu."
  if (value.length < MIN_PASSWORD_LENGTH) return `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`
  return undefined
}

function nameError(value: string): string | undefined {
  return required(value, "Vui lòng nhập họ và tên.", 100, "Họ và tên tối đa 100 ký tự.")
}

/**
 * The member's name, the login's email and its password.
 * @param missingEmail registration names the empty field "email đăng nhập": its form also asks for a contact email
 */
export function accountErrors(
  values: Record<AccountField, string>,
  missingEmail?: string,
): FieldErrors<AccountField> {
  const errors: FieldErrors<AccountField> = {}
  const set = (field: AccountField, message: string | undefined) => {
    if (message) errors[field] = message
  }
  set("member_name", nameError(values.member_name))
  set("account_email", emailError(values.account_email, missingEmail))
  set("password", passwordError(values.password))
  return errors
}

function profileErrors(values: Record<ProfileField, string>): FieldErrors<ProfileField> {
  const errors: FieldErrors<ProfileField> = {}
  const set = (field: ProfileField, message: string | undefined) => {
    if (message) errors[field] = message
  }
  set(
    "representative",
    required(values.representative, "Vui lòng nhập người đại diện.", 100, "Người đại diện tối đa 100 ký tự."),
  )
  if (!values.phone) errors.phone = "Vui lòng nhập số điện thoại."
  else if (!normalizePhone(values.phone))
    errors.phone = PHONE_MESSAGE
  set("email", emailError(values.email, "Vui lòng nhập email liên hệ."))
  set("province", required(values.province, "Vui lòng chọn tỉnh/thành phố.", 100, "Tỉnh/thành phố tối đa 100 ký tự."))
  set("commune", required(values.commune, "Vui lòng nhập phường/xã.", 100, "Phường/xã tối đa 100 ký tự."))
  if (values.address.length > 200) errors.address = "Địa chỉ tối đa 200 ký tự."
  if (values.story.length > 5000) errors.story = "Câu chuyện sản phẩm tối đa 5.000 ký tự."
  return errors
}

function profileInput(values: Record<ProfileField, string>): Required<Omit<ProfileUpdate, "logo_url">> {
  return {
    representative: values.representative,
    phone: normalizePhone(values.phone) ?? values.phone,
    email: values.email.toLowerCase(),
    commune: values.commune,
    province: values.province,
    // Emptied optional fields are cleared, not left as they were.
    address: values.address || null,
    story: values.story || null,
  }
}

export type ProfileValidation =
  | { ok: true; update: Required<Omit<ProfileUpdate, "logo_url">> }
  | { ok: false; errors: FieldErrors<ProfileField> }

/** What an owner may change on the profile page. */
export function validateProfile(values: Record<ProfileField, string>): ProfileValidation {
  const errors = profileErrors(values)
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, update: profileInput(values) }
}

export type Registration = {
  account: { email: string; password: string }
  member: { name: string }
  producer: ProducerInput
}

export type RegistrationValidation =
  | { ok: true; registration: Registration }
  | { ok: false; errors: FieldErrors<RegistrationField> }

/** A new producer: the login (email, password), the person registering and the OCOP owner itself. */
export function validateRegistration(values: Record<RegistrationField, string>): RegistrationValidation {
  const errors: FieldErrors<RegistrationField> = {
    ...profileErrors(values),
    ...accountErrors(values, "Vui lòng nhập email đăng nhập."),
  }
  const set = (field: RegistrationField, message: string | undefined) => {
    if (message) errors[field] = message
  }
  set("name", required(values.name, "Vui lòng nhập tên chủ thể.", 200, "Tên chủ thể tối đa 200 ký tự."))
  if (!isOwnerType(values.owner_type)) errors.owner_type = "Vui lòng chọn loại hình chủ thể."
  if (!values.tax_code) errors.tax_code = "Vui lòng nhập mã số thuế."
  else if (!TAX_CODE_PATTERN.test(values.tax_code))
    errors.tax_code = TAX_CODE_MESSAGE
  if (values.district_as_issued.length > 100) errors.district_as_issued = "Tên huyện tối đa 100 ký tự."
  if (values.address_as_issued.length > 300) errors.address_as_issued = "Địa chỉ tối đa 300 ký tự."

  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    registration: {
      account: { email: values.account_email.toLowerCase(), password: values.password },
      member: { name: values.member_name },
      producer: {
        name: values.name,
        owner_type: values.owner_type as OwnerType,
        tax_code: values.tax_code,
        district_as_issued: values.district_as_issued || null,
        address_as_issued: values.address_as_issued || null,
        ...profileInput(values),
      },
    },
  }
}
