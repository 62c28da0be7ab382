"use server"

import { refresh } from "next/cache"
import { headers } from "next/headers"
import { fileRenewal, inviteMember, updateProfile, uploadImages } from "@/lib/data/producer-portal"
import { formatDate } from "@ocop/contracts"
import type { FormState } from "@/modules/common/form-state"
import { chosenFiles } from "@/modules/producer-portal/images"
import { invitePath, requestOrigin } from "@/modules/producer-portal/invites"
import { emailError, readFields } from "@/modules/common/form-values"
import { PROFILE_FIELDS, validateProfile, type ProfileField } from "@/modules/producer-portal/producer-form"
import { attempt } from "@/modules/common/actions/attempt"

export type ProfileFormField = ProfileField | "logo"

export async function updateProfileAction(
  _prev: FormState<ProfileFormField>,
  form: FormData
): Promise<FormState<ProfileFormField>> {
  const values = readFields(form, PROFILE_FIELDS)
  const validation = validateProfile(values)
  if (!validation.ok) return { status: "error", errors: validation.errors, values }

  const logo = chosenFiles(form.getAll("logo") as (File | string)[]).slice(0, 1)
  const upload = await attempt(() => uploadImages(logo), "logo upload")
  if (!upload.ok) return { status: "error", errors: { logo: upload.message }, values }
  const logoUrl = upload.value[0] ?? (form.get("remove_logo") ? null : undefined)

  const saved = await attempt(
    () => updateProfile(logoUrl === undefined ? validation.update : { ...validation.update, logo_url: logoUrl }),
    "update profile"
  )
  if (!saved.ok) return { status: "error", message: saved.message, values }
  refresh()
  return { status: "success", message: "Đã lưu hồ sơ." }
}

export type InviteState = FormState<"email"> & { link?: string; invitedEmail?: string }

export async function inviteMemberAction(_prev: InviteState, form: FormData): Promise<InviteState> {
  const email = String(form.get("email") ?? "")
    .trim()
    .toLowerCase()
  const error = emailError(email)
  if (error) return { status: "error", errors: { email: error }, values: { email } }

  const invited = await attempt(() => inviteMember(email), "invite member")
  if (!invited.ok) return { status: "error", message: invited.message, values: { email } }
  const headerList = await headers()
  const origin = requestOrigin((name) => headerList.get(name)) ?? ""
  refresh()
  return {
    status: "success",
    message: `Đã tạo lời mời cho ${invited.value.email}. Gửi liên kết dưới đây cho người đó (hết hạn ${formatDate(invited.value.expires_at)}).`,
    link: origin + invitePath(invited.value.token),
    invitedEmail: invited.value.email,
  }
}

export async function fileRenewalAction(certificateId: string, _prev: FormState, _form: FormData): Promise<FormState> {
  const filed = await attempt(() => fileRenewal(certificateId), "file renewal")
  if (!filed.ok) return { status: "error", message: filed.message }
  refresh()
  return {
    status: "success",
    message:
      "Đã nộp hồ sơ đánh giá lại. Giấy chứng nhận giữ hiệu lực đến khi có quyết định mới (tối đa 180 ngày sau ngày hết hạn).",
  }
}
