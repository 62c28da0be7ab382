"use client"

import { PASSWORD_RULE } from "@ocop/contracts/schemas"
import { FormMessage, PasswordField, primaryButton, TextField } from "@/modules/common/components/fields"
import { useCheckedForm } from "@/modules/common/components/use-form-check"
import type { FormState } from "@/modules/common/form-state"
import { readFields } from "@/modules/common/form-values"
import { registerAction } from "../actions/auth"
import { REGISTER_FIELDS, type RegisterField, validateRegistration } from "../forms"

function check(form: FormData) {
  const checked = validateRegistration(readFields(form, REGISTER_FIELDS))
  return checked.ok ? null : checked.errors
}

export default function RegisterForm() {
  const { state, formAction, pending, errors, onSubmit, formRef } = useCheckedForm<RegisterField, FormState<RegisterField>>(
    registerAction,
    check
  )
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <TextField
        id="register-name"
        name="full_name"
        label="Họ và tên"
        autoComplete="name"
        defaultValue={state.values?.full_name}
        error={errors.full_name}
      />
      <TextField
        id="register-phone"
        name="phone"
        label="Số điện thoại di động"
        type="tel"
        autoComplete="tel"
        optional
        defaultValue={state.values?.phone}
        error={errors.phone}
      />
      <TextField
        id="register-email"
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={state.values?.email}
        error={errors.email}
      />
      <PasswordField id="register-password" isNew hint={PASSWORD_RULE} error={errors.password} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? "Đang tạo tài khoản…" : "Tạo tài khoản"}
      </button>
    </form>
  )
}
