"use client"

import { useActionState } from "react"
import type { NewPackagingState } from "@/modules/producer-portal/actions/products"
import { NEW_PACKAGING_KEY, readSingleRow, validatePackaging } from "@/modules/producer-portal/packaging"
import { FormMessage, primaryButton } from "@/modules/common/components/fields"
import PackagingFields from "./packaging-fields"
import { useFormCheck } from "@/modules/common/components/use-form-check"

type Action = (state: NewPackagingState, form: FormData) => Promise<NewPackagingState>

function check(form: FormData) {
  const validation = validatePackaging(readSingleRow(form, NEW_PACKAGING_KEY))
  return validation.ok ? null : validation.errors
}

/** Another packaging for an existing product. */
export default function AddVariantForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" })
  const { found, onSubmit, formRef } = useFormCheck(check, state)

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <PackagingFields
        rowKey={NEW_PACKAGING_KEY}
        values={state.status === "error" ? state.row : undefined}
        errors={found ?? state.rowErrors}
      />
      <button type="submit" disabled={pending} className={`${primaryButton} self-start`}>
        {pending ? "Đang thêm…" : "Thêm quy cách"}
      </button>
    </form>
  )
}
