import { SETTLEMENT_STATUS_LABELS, type SettlementStatus } from "@ocop/contracts"

/** Whether the marketplace has paid the statement's balance yet. */
export default function SettlementStatusBadge({ status }: { status: SettlementStatus }) {
  return (
    <span
      className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${
        status === "paid" ? "bg-emerald-100 text-emerald-900" : "bg-amber-100 text-amber-900"
      }`}
    >
      {SETTLEMENT_STATUS_LABELS[status]}
    </span>
  )
}
