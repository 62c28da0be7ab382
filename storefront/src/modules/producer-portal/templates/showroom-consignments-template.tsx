import { dayText, formatVnd, type Period, type ShowroomConsignment } from "@ocop/contracts"
import { inputClass, primaryButton } from "@/modules/common/components/fields"
import { td, th, TableScroller } from "@/modules/common/components/table"

const number = "text-right tabular-nums"

/** The report, or the API's refusal of the period asked (its message), each under the period form. */
export type ConsignmentReport = { ok: true; period: Period; showrooms: ShowroomConsignment[] } | { ok: false; refusal: string }

/** Where the producer's goods are on consignment, for the period `asked` (days left out: the API's default). */
export default function ShowroomConsignmentsTemplate({
  report,
  asked,
}: {
  report: ConsignmentReport
  asked: { from?: string; to?: string }
}) {
  // The form shows the days the figures are for: those asked, or the API's default (the last 30 days).
  const shown = report.ok ? report.period : null
  const days = shown ?? asked

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Hàng ký gửi tại điểm bán</h1>
        <p className="max-w-3xl text-stone-700">
          Sản phẩm của bạn đang ký gửi tại các điểm giới thiệu và bán sản phẩm OCOP: số còn trên quầy ở cuối kỳ, số đã bán và
          doanh thu trong kỳ. Số liệu do nhân viên điểm bán ghi khi nhận hàng, bán hàng và trả hàng.
        </p>
      </div>

      <form action="/producer/showrooms" className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="period-from" className="font-semibold">
            Từ ngày
          </label>
          <input id="period-from" name="from" type="date" defaultValue={days.from} className={inputClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="period-to" className="font-semibold">
            Đến ngày
          </label>
          <input id="period-to" name="to" type="date" defaultValue={days.to} className={inputClass} />
        </div>
        <button type="submit" className={primaryButton}>
          Xem
        </button>
      </form>

      {!report.ok ? (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 font-semibold text-red-800">
          {report.refusal}
        </p>
      ) : report.showrooms.length === 0 ? (
        <p className="rounded-lg bg-stone-50 p-6">
          Chưa có hàng của bạn tại điểm bán nào. Khi bạn giao hàng ký gửi, nhân viên điểm bán ghi nhận và số liệu sẽ hiện ở đây.
        </p>
      ) : (
        <>
          {shown && (
            <p className="text-stone-700">
              Số liệu từ ngày {dayText(shown.from)} đến hết ngày {dayText(shown.to)}.
            </p>
          )}
          {report.showrooms.map((consignment) => (
            <ShowroomTable key={consignment.showroom.id} consignment={consignment} />
          ))}
        </>
      )}
    </div>
  )
}

function ShowroomTable({ consignment }: { consignment: ShowroomConsignment }) {
  const { showroom, lines } = consignment
  const headingId = `showroom-${showroom.id}`
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <h2 id={headingId} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xl font-bold">
          {showroom.name}
          {!showroom.active && (
            <span className="rounded-full bg-stone-200 px-2.5 py-0.5 text-sm font-semibold text-stone-800">
              Đã ngừng hoạt động
            </span>
          )}
        </h2>
        <p className="text-stone-700">{[showroom.address, showroom.province].filter(Boolean).join(", ")}</p>
      </div>
      <TableScroller label={`Hàng ký gửi tại ${showroom.name}`}>
        <table className="w-full min-w-xl border-collapse">
          <caption className="sr-only">Hàng ký gửi tại {showroom.name}</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>
                SKU
              </th>
              <th scope="col" className={`${th} text-right`}>
                Tồn tại điểm bán
              </th>
              <th scope="col" className={`${th} text-right`}>
                Đã bán
              </th>
              <th scope="col" className={`${th} text-right`}>
                Doanh thu
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.variant_id}>
                <td className={`${td} font-mono text-sm`}>{line.sku ?? "—"}</td>
                <td className={`${td} ${number} ${line.on_hand === 0 ? "text-red-700" : ""}`}>{line.on_hand}</td>
                <td className={`${td} ${number}`}>{line.units_sold}</td>
                <td className={`${td} ${number} whitespace-nowrap`}>{formatVnd(line.revenue)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="font-semibold">
              <th scope="row" className="px-3 py-2 text-left">
                Cộng
              </th>
              <td className={`px-3 py-2 ${number}`}>{consignment.on_hand}</td>
              <td className={`px-3 py-2 ${number}`}>{consignment.units_sold}</td>
              <td className={`px-3 py-2 ${number} whitespace-nowrap`}>{formatVnd(consignment.revenue)}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroller>
    </section>
  )
}
