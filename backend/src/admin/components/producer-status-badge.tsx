import { StatusBadge } from "@medusajs/ui"
import { PRODUCER_STATUS_LABELS, type ProducerStatus } from "@ocop/contracts"

const STATUS_COLORS = { pending: "orange", approved: "green", suspended: "red" } as const

export const ProducerStatusBadge = ({ status }: { status: ProducerStatus }) => (
  <StatusBadge color={STATUS_COLORS[status] ?? "grey"}>{PRODUCER_STATUS_LABELS[status] ?? status}</StatusBadge>
)
