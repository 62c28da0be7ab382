"use client"

import { useActionState } from "react"
import { FormMessage } from "@/modules/common/components/fields"
import type { FormState } from "@/modules/common/form-state"

/** One button whose action answers a sentence (sent, verified, or why not), shown above it. */
export default function PressForm({
  action,
  label,
  className,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>
  label: string
  className: string
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" })
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage state={state} />
      {state.status !== "success" && (
        <button type="submit" disabled={pending} className={`${className} self-start`}>
          {label}
        </button>
      )}
    </form>
  )
}
