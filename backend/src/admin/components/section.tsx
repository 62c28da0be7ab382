import { Container, Heading } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A titled card of a detail page, laid out like the dashboard's own sections. */
export const Section = ({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) => (
  <Container className="divide-y p-0">
    <div className="flex items-center justify-between gap-x-4 px-6 py-4">
      <Heading level="h2">{title}</Heading>
      {actions}
    </div>
    {children}
  </Container>
)

/** One label/value line of a section; the value shows "—" when empty. */
export const DataRow = ({ label, children }: { label: string; children?: ReactNode }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-4">
    <dt className="txt-compact-small-plus">{label}</dt>
    <dd className="txt-compact-small text-ui-fg-base whitespace-pre-line break-words">
      {children === null || children === undefined || children === "" ? "—" : children}
    </dd>
  </div>
)
