"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { addAddress, deleteAddress, updateAddress, updateProfile } from "@/lib/data/customer"
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
