import type { Metadata } from "next"
import { getReport } from "@/lib/data/showroom-counter"
import { dayText, formatDateTime, formatVnd } from "@ocop/contracts"
import { inputClass, secondaryButton } from "@/modules/common/components/fields"
import ReportSection, { type ReportColumn } from "@/modules/showroom-counter/components/report-section"
import { sellThroughText } from "@/modules/showroom-counter/labels"
import { parsePeriod } from "@/modules/showroom-counter/period"

export const metadata: Metadata = { title: "Báo cáo" }

const card = "flex flex-col gap-1 rounded-lg border border-stone-200 p-4"

/** What the by-product and by-producer tables both show after their name. */
const salesColumns: ReportColumn<{ units: number; revenue: number }>[] = [
  { header: "Số lượng", cell: (row) => row.units, numeric: true },
  { header: "Doanh thu", cell: (row) => formatVnd(row.revenue), numeric: true, className: "whitespace-nowrap" },
]

export default async function ReportsPage({ searchParams }: PageProps<"/showroom/reports">) {
  const period = parsePeriod(await searchParams)
  const report = await getReport({ from: period.from, to: period.to })

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Báo cáo</h1>

      <form className="flex flex-wrap items-end gap-3" aria-label="Kỳ báo cáo">
        <div className="flex flex-col gap-1">
          <label htmlFor="report-from" className="font-semibold">
            Từ ngày
          </label>
          <input
            id="report-from"
            name="from"
            type="date"
            defaultValue={period.from}
            key={`from-${period.from}`}
            className={`${inputClass} min-h-12`}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="report-to" className="font-semibold">
            Đến ngày
          </label>
          <input
            id="report-to"
            name="to"
            type="date"
            defaultValue={period.to}
            key={`to-${period.to}`}
            className={`${inputClass} min-h-12`}
          />
        </div>
        <button type="submit" className={`${secondaryButton} min-h-12`}>
          Xem báo cáo
        </button>
      </form>
      {period.error && (
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 font-semibold text-amber-950">
          {period.error}
        </p>
      )}
      <p className="text-stone-700">
        Từ {dayText(period.from)} đến hết {dayText(period.to)}
        {report.last_sale_at ? ` · Bán gần nhất: ${formatDateTime(report.last_sale_at)}` : " · Chưa có đơn bán nào trong kỳ"}
      </p>

      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <div className={card}>
          <dt className="text-stone-700">Số đơn</dt>
          <dd className="text-2xl font-bold">{report.sales_count}</dd>
        </div>
        <div className={card}>
          <dt className="text-stone-700">Doanh thu</dt>
          <dd className="text-2xl font-bold">{formatVnd(report.revenue)}</dd>
        </div>
        <div className={card}>
          <dt className="text-stone-700">Số lượng bán</dt>
          <dd className="text-2xl font-bold">{report.units_sold}</dd>
        </div>
        <div className={card}>
          <dt className="text-stone-700">Tỷ lệ bán hết</dt>
          <dd className="text-2xl font-bold">{sellThroughText(report.sell_through)}</dd>
          <dd className="text-sm text-stone-600">Đã bán ÷ (tồn đầu kỳ + nhận trong kỳ: {report.units_received})</dd>
        </div>
        <div className={card}>
          <dt className="text-stone-700">Giá trị tồn kho</dt>
          <dd className="text-2xl font-bold">{formatVnd(report.stock_value)}</dd>
          <dd className="text-sm text-stone-600">{report.stock_units} sản phẩm trên quầy</dd>
        </div>
      </dl>

      <ReportSection
        id="by-product"
        title="Theo sản phẩm"
        label="Doanh thu theo sản phẩm"
        caption="Doanh thu theo sản phẩm"
        empty="Chưa bán sản phẩm nào trong kỳ."
        rows={report.by_product}
        rowKey={(row) => row.product_id}
        columns={[{ header: "Sản phẩm", cell: (row) => row.title }, ...salesColumns]}
      />

      <ReportSection
        id="by-producer"
        title="Theo nhà sản xuất"
        label="Doanh thu theo nhà sản xuất"
        caption="Doanh thu theo nhà sản xuất"
        empty="Chưa bán sản phẩm nào trong kỳ."
        rows={report.by_producer}
        rowKey={(row) => row.producer_id}
        columns={[{ header: "Nhà sản xuất", cell: (row) => row.name }, ...salesColumns]}
      />

      <ReportSection
        id="slow"
        title="Hàng bán chậm"
        label="Hàng bán chậm"
        caption="Hàng bán chậm nhất trong kỳ (tối đa 10)"
        empty="Không có hàng bán chậm."
        rows={report.slow_movers}
        rowKey={(row) => row.variant_id}
        columns={[
          { header: "Sản phẩm", cell: (row) => row.title },
          { header: "Quy cách", cell: (row) => row.variant_title },
          { header: "SKU", cell: (row) => row.sku ?? "—", className: "font-mono text-sm" },
          { header: "Tồn", cell: (row) => row.stock, numeric: true },
          { header: "Đã bán", cell: (row) => row.units_sold, numeric: true },
        ]}
      />
    </div>
  )
}
