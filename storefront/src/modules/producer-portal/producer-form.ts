// The producer's registration and profile forms, pure so the same rules run in the browser and in the
// server action. The producer's own fields are checked with the API's schemas from the contracts, so the
// form and the backend cannot disagree; the login's fields are the storefront's own.
import { fieldErrors, ProducerInput as ProducerInputSchema, UpdateProfileBody } from "@ocop/contracts/schemas"
import { emailError, type FieldErrors } from "@/modules/common/form-values"
import type { ProducerInput, ProfileUpdate } from "./types"

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
export function accountErrors(values: Record<AccountField, string>, missingEmail?: string): FieldErrors<AccountField> {
  const errors: FieldErrors<AccountField> = {}
  const set = (field: AccountField, message: string | undefined) => {
    if (message) errors[field] = message
  }
  set("member_name", nameError(values.member_name))
  set("account_email", emailError(values.account_email, missingEmail))
  set("password", passwordError(values.password))
  return errors
}

/** Emptied optional fields are sent as null, so they are cleared rather than left as they were. */
const orNull = (value: string | null | undefined) => value || null

export type ProfileValidation =
  | { ok: true; update: Required<Omit<ProfileUpdate, "logo_url">> }
  | { ok: false; errors: FieldErrors<ProfileField> }

/** The profile page sends every field, so the API's partial update schema applies with these required. */
const ProfilePage = UpdateProfileBody.required({ representative: true, phone: true, email: true, commune: true, province: true })

/** What an owner may change on the profile page, checked by the API's own schema. */
export function validateProfile(values: Record<ProfileField, string>): ProfileValidation {
  const parsed = ProfilePage.safeParse(values)
  if (!parsed.success) return { ok: false, errors: fieldErrors<ProfileField>(parsed.error).fields }
  const profile = parsed.data
  return { ok: true, update: { ...profile, address: orNull(profile.address), story: orNull(profile.story) } }
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
  const account = accountErrors(values, "Vui lòng nhập email đăng nhập.")
  const parsed = ProducerInputSchema.safeParse(values)
  const errors: FieldErrors<RegistrationField> = {
    ...account,
    ...(parsed.success ? {} : fieldErrors<RegistrationField>(parsed.error).fields),
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors }
  const producer = parsed.data
  return {
    ok: true,
    registration: {
      account: { email: values.account_email.toLowerCase(), password: values.password },
      member: { name: values.member_name },
      producer: {
        name: producer.name,
        owner_type: producer.owner_type,
        tax_code: producer.tax_code,
        representative: producer.representative,
        phone: producer.phone,
        email: producer.email,
        commune: producer.commune,
        province: producer.province,
        district_as_issued: orNull(producer.district_as_issued),
        address_as_issued: orNull(producer.address_as_issued),
        address: orNull(producer.address),
        story: orNull(producer.story),
      },
    },
  }
}
