"use client"

import { useState } from "react"
import type { InviteState } from "@/modules/producer-portal/actions/account"
import { emailError } from "@/modules/common/form-values"
import { FormMessage, inputClass, primaryButton, secondaryButton, TextField } from "@/modules/common/components/fields"
import { problemsOrNull, useCheckedForm } from "@/modules/common/components/use-form-check"

type Action = (state: InviteState, form: FormData) => Promise<InviteState>

function check(form: FormData) {
  return problemsOrNull({ email: emailError(String(form.get("email") ?? "").trim()) })
}

/** Invites a staff member by email and shows the link to send them (the portal sends no email). */
export default function InviteForm({ action }: { action: Action }) {
  const { state, formAction, pending, errors, onSubmit, formRef } = useCheckedForm(action, check)

  return (
    <div className="flex flex-col gap-4">
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        <TextField
          id="invite-email"
          name="email"
          type="email"
          label="Email của nhân viên"
          autoComplete="off"
          defaultValue={state.status === "error" ? state.values?.email : undefined}
          error={errors.email}
        />
        <button type="submit" disabled={pending} className={`${primaryButton} self-start`}>
          {pending ? "Đang tạo lời mời…" : "Mời"}
        </button>
      </form>
      <FormMessage state={state} />
      {state.link && <InviteLink link={state.link} />}
    </div>
  )
}

function InviteLink({ link }: { link: string }) {
  const [copied, setCopied] = useState(false)
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="invite-link" className="font-semibold">
        Liên kết mời
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id="invite-link"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
          className={`${inputClass} font-mono text-sm`}
        />
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard.writeText(link)
            setCopied(true)
          }}
          className={`${secondaryButton} whitespace-nowrap`}
        >
          Sao chép liên kết
        </button>
      </div>
      <p role="status" className="text-sm text-emerald-800">
        {copied ? "Đã sao chép liên kết." : ""}
      </p>
    </div>
  )
}
