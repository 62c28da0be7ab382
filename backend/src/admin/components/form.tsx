import { Alert, Button, FocusModal, Hint, Label } from "@medusajs/ui"
import type { ReactNode } from "react"
import { errorMessage } from "../lib/certificates"

export type FieldErrors = Record<string, string | undefined>

/** A labelled control with its hint or its error; the control must carry `id` (and `aria-invalid`). */
export const Field = ({
  id,
  label,
  error,
  hint,
  optional,
  className,
  children,
}: {
  id: string
  label: string
  error?: string
  hint?: ReactNode
  optional?: boolean
  className?: string
  children: ReactNode
}) => (
  <div className={["flex flex-col gap-y-2", className].filter(Boolean).join(" ")}>
    <Label htmlFor={id} size="small" weight="plus">
      {label}
      {optional && <span className="text-ui-fg-muted font-normal"> (không bắt buộc)</span>}
    </Label>
    {children}
    {error ? (
      <Hint variant="error" id={`${id}-error`}>
        {error}
      </Hint>
    ) : (
      hint && <Hint>{hint}</Hint>
    )}
  </div>
)

/** The props that tie a control to its Field's error. */
export const invalidProps = (id: string, error?: string) =>
  error ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {}

export const hasErrors = (errors: FieldErrors) => Object.values(errors).some(Boolean)

/** Focuses the first control marked invalid, after React has rendered the errors. */
export function focusFirstInvalid(container: HTMLElement | null) {
  requestAnimationFrame(() => {
    const first = container?.querySelector<HTMLElement>("[aria-invalid='true']")
    first?.focus()
    first?.scrollIntoView({ block: "center" })
  })
}

/** Roughly an email address (the API checks it properly): something@domain.tld, no spaces. */
export const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)

/** A form modal's footer: cancel (closes it, unless the save is under way) and the submit button. */
export const FormModalFooter = ({ pending, submit }: { pending: boolean; submit: ReactNode }) => (
  <FocusModal.Footer>
    <FocusModal.Close asChild>
      <Button type="button" size="small" variant="secondary" disabled={pending}>
        Huỷ
      </Button>
    </FocusModal.Close>
    <Button type="submit" size="small" isLoading={pending}>
      {submit}
    </Button>
  </FocusModal.Footer>
)

/** Above a form's fields: the API's refusal of the last save, and a reminder when marked fields need fixing. */
export const FormAlerts = ({ failure, invalid }: { failure: unknown; invalid: boolean }) => (
  <>
    {failure ? (
      <Alert variant="error" role="alert">
        {errorMessage(failure)}
      </Alert>
    ) : null}
    {invalid && <Alert variant="warning">Vui lòng kiểm tra lại các trường được đánh dấu.</Alert>}
  </>
)
