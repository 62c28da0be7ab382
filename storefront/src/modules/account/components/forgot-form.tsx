"use client"

import { FormMessage, primaryButton, TextField } from "@/modules/common/components/fields"
import { useCheckedForm } from "@/modules/common/components/use-form-check"
import type { FormState } from "@/modules/common/form-state"
import { readFields } from "@/modules/common/form-values"
import { requestResetAction } from "../actions/auth"
import { FORGOT_FIELDS, type ForgotField, forgotErrors } from "../forms"

const check = (form: FormData) => forgotErrors(readFields(form, FORGOT_FIELDS))

export default function ForgotForm() {
  const { state, formAction, pending, errors, onSubmit, formRef } = useCheckedForm<ForgotField, FormState<ForgotField>>(
    requestResetAction,
    check
  )
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <TextField
        id="forgot-email"
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        defaultValue={state.values?.email}
        error={errors.email}
      />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? "Đang gửi…" : "Gửi liên kết đặt lại mật khẩu"}
      </button>
    </form>
  )
}
