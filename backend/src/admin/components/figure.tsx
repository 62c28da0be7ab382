import { Container, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A figure with its label, as the dashboard's cards show one; unframed inside a card of several. */
export const Figure = ({
  label,
  value,
  detail,
  framed = true,
}: {
  label: string
  value: ReactNode
  detail?: ReactNode
  framed?: boolean
}) => {
  const Box = framed ? Container : "div"
  return (
    <Box className="flex flex-col gap-y-1 px-6 py-4">
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="xlarge" weight="plus" className="tabular-nums">
        {value}
      </Text>
      {detail && (
        <Text size="xsmall" className="text-ui-fg-muted">
          {detail}
        </Text>
      )}
    </Box>
  )
}
