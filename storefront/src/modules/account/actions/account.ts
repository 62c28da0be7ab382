"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import {
  addAddress,
  deleteAddress,
  requestEmailVerification,
  updateAddress,
  updateProfile,
  verifyEmail,
} from "@/lib/data/customer"
import { storedAddress } from "@/modules/checkout/validation"
import { attempt } from "@/modules/common/actions/attempt"
import type { FormState } from "@/modules/common/form-state"
import { readFields } from "@/modules/common/form-values"
import {
  ADDRESS_FIELDS,
  type AddressField,
  PROFILE_FIELDS,
  type ProfileField,
  validateAddressEntry,
  validateProfile,
} from "../forms"

export async function updateProfileAction(_prev: FormState<ProfileField>, form: FormData): Promise<FormState<ProfileField>> {
  const values = readFields(form, PROFILE_FIELDS)
  const checked = validateProfile(values)
  if (!checked.ok) return { status: "error", errors: checked.errors, values }
  const { first_name, phone } = checked.value
  const done = await attempt(() => updateProfile({ first_name, phone: phone ?? null }), "update profile")
  if (!done.ok) return { status: "error", message: done.message, values }
  refresh()
  return { status: "success", message: "Đã lưu thông tin tài khoản.", values: { full_name: first_name, phone: phone ?? "" } }
}

/** Adds an entry (no id) or saves one (its id bound): the backend checks the commune against its province too. */
export async function saveAddressAction(
  id: string | null,
  _prev: FormState<AddressField>,
  form: FormData
): Promise<FormState<AddressField>> {
  const values = readFields(form, ADDRESS_FIELDS)
  const checked = validateAddressEntry(values)
  if (!checked.ok) return { status: "error", errors: checked.errors, values }
  const { fullName, phone, address, isDefault } = checked.value
  const entry = { ...storedAddress(fullName, phone, address), is_default_shipping: isDefault, is_default_billing: isDefault }
  const done = await attempt(() => (id ? updateAddress(id, entry) : addAddress(entry)), "save address")
  if (!done.ok) return { status: "error", message: done.message, values }
  redirect("/tai-khoan#so-dia-chi")
}

export async function makeDefaultAddressAction(id: string): Promise<void> {
  await updateAddress(id, { is_default_shipping: true, is_default_billing: true })
  refresh()
}

export async function deleteAddressAction(id: string): Promise<void> {
  await deleteAddress(id)
  refresh()
}

export async function resendVerificationAction(_prev: FormState, _form: FormData): Promise<FormState> {
  const done = await attempt(() => requestEmailVerification(), "resend verification")
  if (!done.ok) return { status: "error", message: done.message }
  return { status: "success", message: "Đã gửi lại email xác minh. Liên kết dùng được một lần trong 48 giờ." }
}

/** The e-mailed link, confirmed by a press (a mail scanner opening the link spends nothing). */
export async function verifyEmailAction(
  link: { email: string; token: string },
  _prev: FormState,
  _form: FormData
): Promise<FormState> {
  const done = await attempt(() => verifyEmail(link.email, link.token), "verify email")
  if (!done.ok) return { status: "error", message: done.message }
  const { attached_orders } = done.value
  return {
    status: "success",
    message: attached_orders
      ? `Đã xác minh email. ${attached_orders} đơn hàng bạn đặt trước đây bằng email này đã được thêm vào tài khoản.`
      : "Đã xác minh email.",
  }
}
