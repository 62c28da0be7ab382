import { Button, Label, Prompt, Text, Textarea } from "@medusajs/ui"
import { type FormEvent, type ReactNode, useId, useRef, useState } from "react"

export type ReasonPromptText = {
  button: string
  title: string
  description: ReactNode
  label: string
  placeholder: string
  confirm: string
}

/**
 * A button that opens a dialog asking for the reason of an action (revoking, suspending); the dialog
 * is itself the confirmation. `run` gets the trimmed reason and resolves true once the action is done,
 * which closes the dialog; false keeps it open with the reason typed. It should await the mutation
 * (mutateAsync, not mutate's callbacks): once the status changes this button may be gone, as it is
 * only shown where the action is allowed, and the toast must still appear.
 */
export const ReasonPrompt = ({
  text,
  check,
  run,
  pending,
  failure,
  onClose,
  refocusWhenMissing = false,
}: {
  text: ReasonPromptText
  /** Why the reason will not do, or null when it will. */
  check: (reason: string) => string | null
  run: (reason: string) => Promise<boolean>
  pending: boolean
  /** Shown under the reason while the last attempt's failure stands. */
  failure?: ReactNode
  onClose?: () => void
  /** Move focus back to the reason when `check` refuses it. */
  refocusWhenMissing?: boolean
}) => {
  const fieldId = useId()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const [invalid, setInvalid] = useState<string | null>(null)
  const reasonRef = useRef<HTMLTextAreaElement>(null)

  const close = () => {
    setOpen(false)
    setReason("")
    setInvalid(null)
    onClose?.()
  }
  const onOpenChange = (next: boolean) => {
    if (next) setOpen(true)
    else if (!pending) close()
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const missing = check(reason.trim())
    if (missing) {
      setInvalid(missing)
      if (refocusWhenMissing) reasonRef.current?.focus()
      return
    }
    setInvalid(null)
    if (await run(reason.trim())) close()
  }

  return (
    <Prompt open={open} onOpenChange={onOpenChange} variant="danger">
      <Prompt.Trigger asChild>
        <Button size="small" variant="secondary">
          {text.button}
        </Button>
      </Prompt.Trigger>
      <Prompt.Content
        className="max-w-[480px]"
        onOpenAutoFocus={(event) => {
          event.preventDefault()
          reasonRef.current?.focus()
        }}
      >
        <form onSubmit={submit} noValidate>
          <Prompt.Header>
            <Prompt.Title>{text.title}</Prompt.Title>
            <Prompt.Description>{text.description}</Prompt.Description>
          </Prompt.Header>
          <div className="flex flex-col gap-y-2 px-6 pt-4">
            <Label htmlFor={fieldId} size="small" weight="plus">
              {text.label}
            </Label>
            <Textarea
              ref={reasonRef}
              id={fieldId}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              placeholder={text.placeholder}
              aria-invalid={invalid ? true : undefined}
              aria-describedby={invalid ? `${fieldId}-error` : undefined}
              rows={3}
            />
            {invalid && (
              <Text id={`${fieldId}-error`} size="small" className="text-ui-fg-error">
                {invalid}
              </Text>
            )}
            {failure}
          </div>
          <Prompt.Footer>
            <Prompt.Cancel type="button" disabled={pending}>
              Huỷ
            </Prompt.Cancel>
            <Button type="submit" size="small" variant="danger" isLoading={pending}>
              {text.confirm}
            </Button>
          </Prompt.Footer>
        </form>
      </Prompt.Content>
    </Prompt>
  )
}
