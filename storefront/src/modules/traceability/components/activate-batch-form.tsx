"use client"

import { useActionState, useId } from "react"
import { FormMessage, primaryButton } from "@/modules/common/components/fields"
import type { FormState } from "@/modules/common/form-state"

type Action = (state: FormState, form: FormData) => Promise<FormState>

/** Activates every printed stamp of one batch: the goods are on sale and their trace pages say so. */
export default function ActivateBatchForm({
  action,
  lotNumber,
  printed,
}: {
  action: Action
  lotNumber: string
  /** Stamps still waiting for activation; with none, there is nothing to do. */
  printed: number
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" })
  const nothingLeft = printed === 0
  const noteId = useId()
  // After activating, the answer says what happened instead.
  const showNote = nothingLeft && state.status === "idle"
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <button
        type="submit"
        disabled={pending || nothingLeft}
        aria-describedby={showNote ? noteId : undefined}
        // Disabled while it runs (the wait cursor), or for good when no stamp is left to activate.
        className={`${primaryButton} text-sm ${nothingLeft ? "disabled:cursor-not-allowed!" : ""}`}
      >
        {pending ? "Đang kích hoạt…" : "Kích hoạt tem"}
        <span className="sr-only"> lô {lotNumber}</span>
      </button>
      {showNote && (
        <p id={noteId} className="text-sm text-stone-600">
          Không còn tem nào chờ kích hoạt.
        </p>
      )}
      <FormMessage state={state} />
    </form>
  )
}
