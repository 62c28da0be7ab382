import type { Metadata } from "next"
import { listStock } from "@/lib/data/showroom-counter"
import { formatVnd } from "@ocop/contracts"
import { inputClass, secondaryButton } from "@/modules/common/components/fields"
import { td, th, TableScroller } from "@/modules/common/components/table"
import { daysLeftText } from "@/modules/showroom-counter/labels"
import { summarizeStock } from "@/modules/showroom-counter/stock"

export const metadata: Metadata = { title: "Tồn kho" }

export default async function StockPage({ searchParams }: PageProps<"/showroom/stock">) {
  const { q: rawQ } = await searchParams
  const q = (Array.isArray(rawQ) ? rawQ[0] : rawQ)?.trim() ?? ""
  const stock = await listStock(q)
  const summary = summarizeStock(stock)

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Tồn kho</h1>

      <dl className="grid gap-3 sm:grid-cols-3">
        <div className="rounded-lg border border-stone-200 p-4">
          <dt className="text-stone-700">Số mặt hàng</dt>
          <dd className="text-3xl font-bold">{summary.items}</dd>
        </div>
        <div className="rounded-lg border border-stone-200 p-4">
          <dt className="text-stone-700">Tổng tồn</dt>
          <dd className="text-3xl font-bold">{summary.units}</dd>
        </div>
        <div className={`rounded-lg border p-4 ${summary.low > 0 ? "border-amber-400 bg-amber-50" : "border-stone-200"}`}>
          <dt className="text-stone-700">Số mặt hàng sắp hết</dt>
          <dd className="text-3xl font-bold">{summary.low}</dd>
        </div>
      </dl>

      <form role="search" className="flex flex-wrap items-end gap-2">
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor="stock-q" className="font-semibold">
            Lọc sản phẩm
          </label>
          <input
            id="stock-q"
            name="q"
            type="search"
            defaultValue={q}
            key={q}
            autoComplete="off"
            aria-describedby="stock-q-hint"
            className={`${inputClass} min-h-12`}
          />
          <p id="stock-q-hint" className="text-sm text-stone-600">
            Tên (gõ không dấu cũng được), SKU hoặc mã vạch.
          </p>
        </div>
        <button type="submit" className={`${secondaryButton} mb-6 min-h-12`}>
          Lọc
        </button>
      </form>

      {stock.length === 0 ? (
        <p className="rounded-lg bg-stone-50 p-6">
          {q ? `Không có sản phẩm nào khớp “${q}”.` : "Quầy chưa có hàng. Nhận hàng ký gửi ở mục Nhập / Xuất."}
        </p>
      ) : (
        <TableScroller label="Tồn kho tại quầy">
          <table className="w-full min-w-4xl border-collapse">
            <caption className="sr-only">Tồn kho tại quầy ({stock.length} mặt hàng)</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  Sản phẩm
                </th>
                <th scope="col" className={th}>
                  Quy cách
                </th>
                <th scope="col" className={th}>
                  SKU
                </th>
                <th scope="col" className={th}>
                  Nhà sản xuất
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Giá bán
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Tồn
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Bán 30 ngày
                </th>
                <th scope="col" className={th}>
                  Dự kiến
                </th>
              </tr>
            </thead>
            <tbody>
              {stock.map((line) => (
                <tr key={line.variant_id} className={line.low_stock ? "bg-amber-50" : undefined}>
                  <td className={`${td} font-semibold`}>
                    {line.title}
                    {line.low_stock && (
                      <span className="ml-2 inline-block rounded-full border border-amber-500 bg-amber-100 px-2 text-sm font-semibold text-amber-900">
                        Sắp hết
                      </span>
                    )}
                  </td>
                  <td className={td}>{line.variant_title}</td>
                  <td className={`${td} font-mono text-sm`}>{line.sku ?? "—"}</td>
                  <td className={td}>{line.producer_name ?? "—"}</td>
                  <td className={`${td} text-right whitespace-nowrap`}>{line.price === null ? "—" : formatVnd(line.price)}</td>
                  <td className={`${td} text-right font-semibold ${line.stock <= 0 ? "text-red-700" : ""}`}>{line.stock}</td>
                  <td className={`${td} text-right`}>{line.sold_30_days}</td>
                  <td className={td}>{daysLeftText(line)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
    </div>
  )
}
