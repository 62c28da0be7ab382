"use client"

import { useActionState } from "react"
import type { FormState } from "@/modules/common/form-state"
import { FormMessage, secondaryButton } from "@/modules/common/components/fields"

type Action = (state: FormState, form: FormData) => Promise<FormState>

/** Files a re-evaluation for one certificate; the backend refuses outside the renewal window. */
export default function RenewalForm({ action, productName }: { action: Action; productName: string }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" })
  return (
    <form action={formAction} className="flex flex-col gap-2">
      {state.status !== "success" && (
        <button
          type="submit"
          disabled={pending}
          aria-label={`Nộp hồ sơ đánh giá lại ${productName}`}
          className={`${secondaryButton} text-sm`}
        >
          {pending ? "Đang nộp…" : "Nộp hồ sơ đánh giá lại"}
        </button>
      )}
      <FormMessage state={state} />
    </form>
  )
}
