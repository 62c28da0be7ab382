import { Button, Drawer, Heading } from "@medusajs/ui"
import type { FormEvent, ReactNode, RefObject } from "react"
import { FormAlerts, hasErrors, type FieldErrors } from "./form"

/** A drawer holding one small office form: its trigger, title, explanation, fields and submit button. */
export const FormDrawer = ({
  trigger,
  title,
  description,
  submitLabel,
  dialog,
  failure,
  pending,
  onSubmit,
  children,
}: {
  trigger: string
  title: string
  description: ReactNode
  submitLabel: string
  dialog: {
    bodyRef: RefObject<HTMLDivElement>
    open: boolean
    onOpenChange: (open: boolean) => void
    submitted: boolean
    errors: FieldErrors
  }
  failure: unknown
  pending: boolean
  onSubmit: (event: FormEvent) => void
  children: ReactNode
}) => (
  <Drawer open={dialog.open} onOpenChange={dialog.onOpenChange}>
    <Drawer.Trigger asChild>
      <Button size="small" variant="secondary">
        {trigger}
      </Button>
    </Drawer.Trigger>
    <Drawer.Content>
      <form onSubmit={onSubmit} noValidate className="flex h-full flex-col overflow-hidden">
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>{title}</Heading>
          </Drawer.Title>
          <Drawer.Description className="text-ui-fg-subtle txt-compact-small">{description}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body ref={dialog.bodyRef} className="flex flex-col gap-y-6 overflow-y-auto">
          <FormAlerts failure={failure} invalid={dialog.submitted && hasErrors(dialog.errors)} />
          {children}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button type="button" size="small" variant="secondary" disabled={pending}>
              Huỷ
            </Button>
          </Drawer.Close>
          <Button type="submit" size="small" isLoading={pending}>
            {submitLabel}
          </Button>
        </Drawer.Footer>
      </form>
    </Drawer.Content>
  </Drawer>
)
