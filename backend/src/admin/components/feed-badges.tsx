import { StatusBadge } from "@medusajs/ui"
import { FEED_RUN_STATUS_LABELS, type FeedRunStatus } from "@ocop/contracts"

/** Whether platforms get the feed and the hourly job regenerates it. */
export const FeedStateBadge = ({ active }: { active: boolean }) => (
  <StatusBadge color={active ? "green" : "grey"}>{active ? "Đang chạy" : "Tạm dừng"}</StatusBadge>
)

const RUN_COLORS = { running: "blue", succeeded: "green", failed: "red" } as const

/** How a run ended, or "Chưa tạo" for a feed that has none yet. */
export const RunStatusBadge = ({ status }: { status: FeedRunStatus | undefined }) =>
  status ? (
    <StatusBadge color={RUN_COLORS[status]}>{FEED_RUN_STATUS_LABELS[status]}</StatusBadge>
  ) : (
    <StatusBadge color="grey">Chưa tạo</StatusBadge>
  )
