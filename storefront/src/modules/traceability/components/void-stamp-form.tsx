"use client"

import { dangerButton, FormMessage, TextAreaField, TextField } from "@/modules/common/components/fields"
import { useCheckedForm } from "@/modules/common/components/use-form-check"
import type { FormState } from "@/modules/common/form-state"
import { LIMITS } from "@ocop/contracts/schemas"
import { readVoidForm, type VoidField } from "@/modules/traceability/batch-form"

type Action = (state: FormState<VoidField>, form: FormData) => Promise<FormState<VoidField>>

function check(form: FormData) {
  const validation = readVoidForm(form)
  return validation.ok ? null : validation.errors
}

/** Voids one lost, damaged or misused stamp by its code; the backend's refusal is shown as it says it. */
export default function VoidStampForm({ action }: { action: Action }) {
  const { state, formAction, pending, errors, onSubmit, formRef } = useCheckedForm(action, check)
  const values = state.status === "error" ? state.values : undefined

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <TextField
        id="void-code"
        name="code"
        label="Mã tem"
        maxLength={100}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder="XXXX-XXXX-XXXX-X"
        hint="Mã in cạnh mã QR trên tem."
        defaultValue={values?.code}
        error={errors.code}
      />
      <TextAreaField
        id="void-reason"
        name="reason"
        label="Lý do huỷ"
        rows={2}
        maxLength={LIMITS.reason}
        hint="Ví dụ: tem rách, in lỗi, thất lạc."
        defaultValue={values?.reason}
        error={errors.reason}
      />
      <button type="submit" disabled={pending} className={`${dangerButton} self-start`}>
        {pending ? "Đang huỷ tem…" : "Huỷ tem"}
      </button>
    </form>
  )
}
