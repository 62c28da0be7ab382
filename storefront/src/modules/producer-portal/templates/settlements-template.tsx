import Link from "next/link"
import { formatDateTime, formatVnd, monthText, type SettlementStatement } from "@ocop/contracts"
import { td, th, TableScroller } from "@/modules/common/components/table"
import SettlementStatusBadge from "@/modules/producer-portal/components/settlement-status-badge"

const number = "text-right tabular-nums whitespace-nowrap"

/** The producer's monthly statements with the marketplace, newest first. */
export default function SettlementsTemplate({ statements }: { statements: SettlementStatement[] }) {
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Đối soát / Quyết toán</h1>
        <p className="max-w-3xl text-stone-700">
          Mỗi tháng, sàn lập một bảng quyết toán: tiền sàn thu hộ bạn (chuyển khoản, thẻ), tiền bạn tự thu (giao hàng thu tiền,
          bán tại điểm bán), hoa hồng của sàn trên mọi khoản bán, và số sàn phải trả bạn. Số âm nghĩa là bạn phải trả sàn.
        </p>
      </div>
      {statements.length === 0 ? (
        <p className="rounded-lg bg-stone-50 p-6">
          Chưa có bảng quyết toán nào. Sàn quyết toán tháng trước vào đầu mỗi tháng, khi bạn có đơn đã thu tiền trong tháng đó.
        </p>
      ) : (
        <TableScroller label="Các bảng quyết toán">
          <table className="w-full min-w-2xl border-collapse">
            <caption className="sr-only">Các bảng quyết toán</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  Tháng
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Sàn thu hộ
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Bạn tự thu
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Hoa hồng
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Sàn phải trả bạn
                </th>
                <th scope="col" className={th}>
                  Trạng thái
                </th>
              </tr>
            </thead>
            <tbody>
              {statements.map((statement) => (
                <tr key={statement.id}>
                  <td className={td}>
                    <Link href={`/producer/settlements/${statement.id}`} className="font-semibold text-emerald-800 underline">
                      Tháng {monthText(statement.period)}
                    </Link>
                  </td>
                  <td className={`${td} ${number}`}>{formatVnd(statement.collected_by_marketplace)}</td>
                  <td className={`${td} ${number}`}>{formatVnd(statement.collected_by_producer)}</td>
                  <td className={`${td} ${number}`}>{formatVnd(statement.commission)}</td>
                  <td className={`${td} ${number} font-semibold`}>{formatVnd(statement.balance)}</td>
                  <td className={td}>
                    <SettlementStatusBadge status={statement.status} />
                    {statement.paid_at && (
                      <span className="block text-sm text-stone-600">{formatDateTime(statement.paid_at)}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
    </div>
  )
}
