"use client"

import { PASSWORD_RULE } from "@ocop/contracts/schemas"
import { FormMessage, PasswordField, primaryButton } from "@/modules/common/components/fields"
import { useCheckedForm } from "@/modules/common/components/use-form-check"
import type { FormState } from "@/modules/common/form-state"
import { readFields } from "@/modules/common/form-values"
import { NEW_PASSWORD_FIELDS, type NewPasswordField, newPasswordErrors } from "../forms"

const check = (form: FormData) => newPasswordErrors(readFields(form, NEW_PASSWORD_FIELDS))

export default function NewPasswordForm({
  action,
}: {
  action: (state: FormState<NewPasswordField>, form: FormData) => Promise<FormState<NewPasswordField>>
}) {
  const { state, formAction, pending, errors, onSubmit, formRef } = useCheckedForm<NewPasswordField, FormState<NewPasswordField>>(
    action,
    check
  )
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <PasswordField id="new-password" label="Mật khẩu mới" isNew hint={PASSWORD_RULE} error={errors.password} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? "Đang lưu…" : "Đặt mật khẩu mới"}
      </button>
    </form>
  )
}
