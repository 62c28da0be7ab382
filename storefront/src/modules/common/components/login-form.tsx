"use client"

import { FormMessage, PasswordField, primaryButton, TextField } from "@/modules/common/components/fields"
import { useCheckedForm } from "@/modules/common/components/use-form-check"
import type { FormState } from "@/modules/common/form-state"
import { readFields } from "@/modules/common/form-values"
import { LOGIN_FIELDS, loginErrors, type LoginField } from "@/modules/common/login"

function check(form: FormData) {
  return loginErrors(readFields(form, LOGIN_FIELDS))
}

/**
 * A portal's email-and-password form; `action` is the portal's own log-in action. `large`: a bigger
 * button for the showroom counter, a tablet used with a finger.
 */
export default function LoginForm({
  action,
  large = false,
}: {
  action: (state: FormState<LoginField>, form: FormData) => Promise<FormState<LoginField>>
  large?: boolean
}) {
  const { state, formAction, pending, errors, onSubmit, formRef } = useCheckedForm<LoginField, FormState<LoginField>>(
    action,
    check
  )

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <TextField
        id="login-email"
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        defaultValue={state.values?.email}
        error={errors.email}
      />
      <PasswordField id="login-password" error={errors.password} />
      <button type="submit" disabled={pending} className={large ? `${primaryButton} min-h-12 text-lg` : primaryButton}>
        {pending ? "Đang đăng nhập…" : "Đăng nhập"}
      </button>
    </form>
  )
}
