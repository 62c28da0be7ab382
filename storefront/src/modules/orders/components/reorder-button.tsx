"use client"

import { useActionState } from "react"
import Link from "next/link"
import { FormMessage, secondaryButton } from "@/modules/common/components/fields"
import type { FormState } from "@/modules/common/form-state"

/** "Mua lại": the order's packagings back into the cart; the answer says what was added and what is no longer sold. */
export default function ReorderButton({ action }: { action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" })
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={secondaryButton}>
          {pending ? "Đang thêm…" : "Mua lại"}
        </button>
        {state.status === "success" && (
          <Link href="/cart" className="font-semibold text-emerald-800 underline">
            Xem giỏ hàng
          </Link>
        )}
      </div>
    </form>
  )
}
