"use client"

import { useActionState } from "react"
import { acceptInviteAction } from "@/modules/producer-portal/actions/auth"
import type { FormState } from "@/modules/common/form-state"
import { readFields } from "@/modules/common/form-values"
import { ACCOUNT_FIELDS, accountErrors, type AccountField } from "@/modules/producer-portal/producer-form"
import { AccountFields } from "./account-fields"
import { FormMessage, primaryButton } from "@/modules/common/components/fields"
import { problemsOrNull, useFormCheck } from "@/modules/common/components/use-form-check"

function check(form: FormData) {
  return problemsOrNull(accountErrors(readFields(form, ACCOUNT_FIELDS)))
}

export default function InviteAcceptForm({ inviteToken }: { inviteToken: string }) {
  const [state, formAction, pending] = useActionState<FormState<AccountField>, FormData>(acceptInviteAction, { status: "idle" })
  const { found, onSubmit, formRef } = useFormCheck(check, state)
  const errors = found ?? state.errors ?? {}
  const values = state.values ?? {}

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="invite_token" value={inviteToken} />
      <AccountFields nameLabel="Họ và tên" emailHint="Email mà chủ sở hữu đã mời." values={values} errors={errors} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? "Đang tham gia…" : "Tham gia nhà sản xuất"}
      </button>
    </form>
  )
}
