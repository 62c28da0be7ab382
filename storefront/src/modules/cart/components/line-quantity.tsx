"use client"

import { useActionState } from "react"
import { updateQuantity, type CartActionState } from "@/modules/cart/actions"
import { MAX_QUANTITY } from "@/modules/cart/quantity"

export default function LineQuantity({ lineId, quantity, title }: { lineId: string; quantity: number; title: string }) {
  const [state, formAction, pending] = useActionState<CartActionState, FormData>(updateQuantity, {
    status: "idle",
  })
  const inputId = `quantity-${lineId}`
  const messageId = `${inputId}-message`
  const invalid = state.status === "error"

  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="line_id" value={lineId} />
      <label htmlFor={inputId} className="text-sm text-stone-700">
        Số lượng <span className="sr-only">{title}</span>
      </label>
      <div className="flex gap-2">
        <input
          id={inputId}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_QUANTITY}
          // A changed quantity from the server (another tab, a refresh) should replace what is shown.
          key={quantity}
          defaultValue={quantity}
          aria-invalid={invalid || undefined}
          aria-describedby={state.message ? messageId : undefined}
          className="w-16 rounded-lg border border-stone-400 px-2 py-1.5 aria-invalid:border-red-700"
        />
        <button
          type="submit"
          disabled={pending}
          className="whitespace-nowrap rounded-lg border border-stone-400 px-3 py-1.5 text-sm font-semibold hover:bg-stone-100"
        >
          Cập nhật
        </button>
      </div>
      <p id={messageId} role="status" className={`text-sm ${invalid ? "font-semibold text-red-700" : "text-emerald-800"}`}>
        {state.message}
      </p>
    </form>
  )
}
