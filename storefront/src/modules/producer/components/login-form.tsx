"use client"

import { useActionState } from "react"
import { logInAction, type LoginField } from "@/modules/producer/actions/auth"
import type { FormState } from "@/modules/producer/form-state"
import { emailError } from "@/modules/producer/producer-form"
import { FormMessage, primaryButton, TextField } from "./fields"
import { problemsOrNull, useFormCheck } from "./use-form-check"

function check(form: FormData) {
  return problemsOrNull<LoginField>({
    email: emailError(String(form.get("email") ?? "").trim()),
    password: form.get("password") ? undefined : "Vui lòng nhập mật khẩu.",
  })
}

export default function LoginForm() {
  const [state, formAction, pending] = useActionState<FormState<LoginField>, FormData>(logInAction, {
    status: "idle",
  })
  const { found, onSubmit, formRef } = useFormCheck(check, state)
  const errors = found ?? state.errors ?? {}

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
      <TextField
        id="login-password"
        name="password"
        label="Mật khẩu"
        type="password"
        autoComplete="current-password"
        error={errors.password}
      />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? "Đang đăng nhập…" : "Đăng nhập"}
      </button>
    </form>
  )
}
