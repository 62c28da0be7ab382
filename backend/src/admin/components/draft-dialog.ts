import { toast } from "@medusajs/ui"
import { type FormEvent, useId, useRef, useState } from "react"
import { errorMessage } from "../lib/certificates"
import { type FieldErrors, focusFirstInvalid, hasErrors, invalidProps } from "./form"

/** The draft's fields that hold text, which `text()` binds to an input. */
type TextField<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D] & string

/**
 * What every office form in a modal or drawer shares: a draft of text fields, its checks shown once
 * submitted, focus on the first field at fault, no closing while saving, closing and clearing on
 * success, and the API's refusal as a toast (the form also shows it at its top). Fields other than text
 * (checkboxes, switches) are set through `setDraft`.
 */
export function useDraftDialog<D extends Record<string, unknown>>(
  empty: D,
  validate: (draft: D) => FieldErrors,
  mutation: { isPending: boolean; reset: () => void }
) {
  const id = useId()
  const bodyRef = useRef<HTMLDivElement>(null)
  const [open, setOpen] = useState(false)
  const [submitted, setSubmitted] = useState(false)
  const [draft, setDraft] = useState<D>(empty)
  const errors = submitted ? validate(draft) : {}

  const reset = () => {
    setSubmitted(false)
    setDraft(empty)
    mutation.reset()
  }

  const onOpenChange = (next: boolean) => {
    if (mutation.isPending) return
    setOpen(next)
    if (!next) reset()
  }

  /** The form's submit handler: checks the draft, then `send`s it; `failure` titles the refusal. */
  const submit = (send: (draft: D) => Promise<void>, failure: string) => async (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (hasErrors(validate(draft))) {
      focusFirstInvalid(bodyRef.current)
      return
    }
    try {
      await send(draft)
      setOpen(false)
      reset()
    } catch (error) {
      toast.error(failure, { description: errorMessage(error) })
      bodyRef.current?.scrollTo({ top: 0, behavior: "smooth" })
    }
  }

  /** Props of a text input bound to one draft field, with its error described. */
  const text = (name: TextField<D>) => ({
    id: `${id}-${name}`,
    value: draft[name] as string,
    onChange: (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [name]: event.target.value })),
    ...invalidProps(`${id}-${name}`, errors[name]),
  })

  return { id, bodyRef, open, onOpenChange, submitted, draft, setDraft, errors, submit, text }
}
