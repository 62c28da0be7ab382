"use client"

import { FormMessage, primaryButton, TextField } from "@/modules/common/components/fields"
import { useCheckedForm } from "@/modules/common/components/use-form-check"
import type { FormState } from "@/modules/common/form-state"
import { readFields } from "@/modules/common/form-values"
import { updateProfileAction } from "../actions/account"
import { PROFILE_FIELDS, type ProfileField, validateProfile } from "../forms"

function check(form: FormData) {
  const checked = validateProfile(readFields(form, PROFILE_FIELDS))
  return checked.ok ? null : checked.errors
}

export default function ProfileForm({ name, phone }: { name: string; phone: string }) {
  const { state, formAction, pending, errors, onSubmit, formRef } = useCheckedForm<ProfileField, FormState<ProfileField>>(
    updateProfileAction,
    check
  )
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <TextField
        id="profile-name"
        name="full_name"
        label="Họ và tên"
        autoComplete="name"
        defaultValue={state.values?.full_name ?? name}
        error={errors.full_name}
      />
      <TextField
        id="profile-phone"
        name="phone"
        label="Số điện thoại di động"
        type="tel"
        autoComplete="tel"
        optional
        defaultValue={state.values?.phone ?? phone}
        error={errors.phone}
      />
      <button type="submit" disabled={pending} className={`${primaryButton} self-start`}>
        {pending ? "Đang lưu…" : "Lưu thông tin"}
      </button>
    </form>
  )
}
