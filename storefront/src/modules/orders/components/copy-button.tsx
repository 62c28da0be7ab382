"use client"

import { useState } from "react"

/** Copies one value (an account number, a memo) so the shopper need not retype it in the bank's app. */
export default function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState<boolean | null>(null)
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        aria-label={`Sao chép ${label}`}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(value)
            setCopied(true)
          } catch {
            // No clipboard (an insecure page, a refused permission): the text stays there to select.
            setCopied(false)
          }
        }}
        className="rounded-md border border-emerald-700 px-2 py-1 text-sm font-semibold text-emerald-800 hover:bg-emerald-50"
      >
        Sao chép
      </button>
      <span role="status" className="text-sm text-stone-700">
        {copied === true
          ? `Đã sao chép ${label}.`
          : copied === false
            ? "Không sao chép được, vui lòng chọn và sao chép tay."
            : ""}
      </span>
    </span>
  )
}
