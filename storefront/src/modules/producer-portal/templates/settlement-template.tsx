import {
  commissionRateText,
  formatDateTime,
  formatVnd,
  monthText,
  SETTLEMENT_METHOD_LABELS,
  type SettlementStatementDetail,
} from "@ocop/contracts"
import BackLink from "@/modules/producer-portal/components/back-link"
import SettlementStatusBadge from "@/modules/producer-portal/components/settlement-status-badge"
import { td, th, TableScroller } from "@/modules/common/components/table"

const number = "text-right tabular-nums whitespace-nowrap"

/** One month's statement: its totals, its payout, and every sale it counts. */
export default function SettlementTemplate({ statement }: { statement: SettlementStatementDetail }) {
  const month = monthText(statement.period)
  return (
    <div className="flex flex-col gap-6">
      <BackLink href="/producer/settlements">Các bảng quyết toán</BackLink>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex flex-col gap-2">
          <h1 className="text-3xl font-bold">Quyết toán tháng {month}</h1>
          <p className="flex flex-wrap items-center gap-2 text-stone-700">
            <SettlementStatusBadge status={statement.status} />
            {statement.status === "paid"
              ? `Sàn đã chuyển khoản ngày ${formatDateTime(statement.paid_at)}, mã giao dịch ${statement.payout_reference}.`
              : "Sàn chưa chi trả bảng này."}
          </p>
        </div>
        {/* A route handler, not a page: a plain link that downloads. */}
        <a
          href={`/producer/settlements/${encodeURIComponent(statement.id)}/statement.csv`}
          download
          className="rounded-lg border border-emerald-800 px-4 py-2 font-semibold text-emerald-800"
        >
          Tải bảng quyết toán (CSV)
        </a>
      </div>

      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Figure label="Sàn thu hộ (chuyển khoản, thẻ)" value={statement.collected_by_marketplace} />
        <Figure label="Bạn tự thu (COD, điểm bán)" value={statement.collected_by_producer} />
        <Figure label={`Hoa hồng (${commissionRateText(statement.commission_bps)})`} value={statement.commission} />
        <Figure
          label={statement.balance < 0 ? "Bạn phải trả sàn" : "Sàn phải trả bạn"}
          value={Math.abs(statement.balance)}
          strong
        />
      </dl>

      <TableScroller label={`Các khoản bán tháng ${month}`}>
        <table className="w-full min-w-2xl border-collapse">
          <caption className="sr-only">Các khoản bán tháng {month}</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>
                Ngày thu tiền
              </th>
              <th scope="col" className={th}>
                Đơn hàng
              </th>
              <th scope="col" className={th}>
                Hình thức thu
              </th>
              <th scope="col" className={`${th} text-right`}>
                Số tiền
              </th>
              <th scope="col" className={`${th} text-right`}>
                Hoa hồng
              </th>
            </tr>
          </thead>
          <tbody>
            {statement.lines.map((line) => (
              <tr key={line.id}>
                <td className={`${td} whitespace-nowrap`}>{formatDateTime(line.occurred_at)}</td>
                <td className={td}>{line.reference}</td>
                <td className={td}>{SETTLEMENT_METHOD_LABELS[line.method]}</td>
                <td className={`${td} ${number}`}>{formatVnd(line.amount)}</td>
                <td className={`${td} ${number}`}>{formatVnd(line.commission)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="font-semibold">
              <th scope="row" colSpan={3} className="px-3 py-2 text-left">
                Cộng
              </th>
              <td className={`px-3 py-2 ${number}`}>
                {formatVnd(statement.collected_by_marketplace + statement.collected_by_producer)}
              </td>
              <td className={`px-3 py-2 ${number}`}>{formatVnd(statement.commission)}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroller>
    </div>
  )
}

function Figure({ label, value, strong = false }: { label: string; value: number; strong?: boolean }) {
  return (
    <div className={`rounded-lg border p-4 ${strong ? "border-emerald-800 bg-emerald-50" : "border-stone-200"}`}>
      <dt className="text-sm text-stone-700">{label}</dt>
      <dd className="text-xl font-bold tabular-nums">{formatVnd(value)}</dd>
    </div>
  )
}
