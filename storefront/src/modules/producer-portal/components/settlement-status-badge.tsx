import type { SettlementStatus } from "@ocop/contracts"

const LABELS: Record<SettlementStatus, string> = { open: "Chưa chi trả", paid: "Đã chi trả" }

/** Whether the marketplace has paid the statement's balance yet. */
export default function SettlementStatusBadge({ status }: { status: SettlementStatus }) {
  return (
    <span
      className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${
        status === "paid" ? "bg-emerald-100 text-emerald-900" : "bg-amber-100 text-amber-900"
      }`}
    >
      {LABELS[status]}
    </span>
  )
}
