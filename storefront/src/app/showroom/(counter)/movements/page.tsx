import type { Metadata } from "next"
import Link from "next/link"
import { listMovements, listStock, MOVEMENTS_PAGE_SIZE } from "@/lib/data/showroom-counter"
import { ADJUSTMENT_REASON_LABELS, formatDateTime, MOVEMENT_KIND_LABELS, MOVEMENT_KINDS } from "@ocop/contracts"
import { inputClass, secondaryButton } from "@/modules/common/components/fields"
import Pager from "@/modules/common/components/pager"
import { td, th, TableScroller } from "@/modules/common/components/table"
import { listHref, pageCount, parsePage } from "@/modules/common/paging"
import { isMovementKind, packagingName, signedQuantity } from "@/modules/showroom-counter/labels"

export const metadata: Metadata = { title: "Nhật ký" }

export default async function MovementsPage({ searchParams }: PageProps<"/showroom/movements">) {
  const params = await searchParams
  const rawKind = Array.isArray(params.kind) ? params.kind[0] : params.kind
  const kind = isMovementKind(rawKind) ? rawKind : undefined
  const page = parsePage(params.page)
  // Movements name packagings by SKU only: the shelf gives them their names.
  const [{ movements, count }, shelf] = await Promise.all([
    listMovements({ kind, offset: (page - 1) * MOVEMENTS_PAGE_SIZE }),
    listStock(),
  ])
  const names = new Map(shelf.map((line) => [line.variant_id, packagingName(line)]))

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Nhật ký</h1>
      <form className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="movements-kind" className="font-semibold">
            Loại
          </label>
          <select id="movements-kind" name="kind" defaultValue={kind ?? ""} key={kind ?? ""} className={`${inputClass} min-h-12`}>
            <option value="">Tất cả</option>
            {MOVEMENT_KINDS.map((value) => (
              <option key={value} value={value}>
                {MOVEMENT_KIND_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={`${secondaryButton} min-h-12`}>
          Xem
        </button>
      </form>

      {movements.length === 0 ? (
        <p className="rounded-lg bg-stone-50 p-6">Chưa có biến động nào.</p>
      ) : (
        <>
          <TableScroller label="Nhật ký nhập xuất">
            <table className="w-full min-w-4xl border-collapse">
              <caption className="sr-only">Nhật ký nhập xuất ({count}), mới nhất trước</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    Thời gian
                  </th>
                  <th scope="col" className={th}>
                    Loại
                  </th>
                  <th scope="col" className={th}>
                    Sản phẩm
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    Số lượng
                  </th>
                  <th scope="col" className={th}>
                    Lý do
                  </th>
                  <th scope="col" className={th}>
                    Số lô
                  </th>
                  <th scope="col" className={th}>
                    Ghi chú
                  </th>
                </tr>
              </thead>
              <tbody>
                {movements.map((movement) => (
                  <tr key={movement.id}>
                    <td className={`${td} whitespace-nowrap`}>{formatDateTime(movement.created_at)}</td>
                    <td className={td}>{MOVEMENT_KIND_LABELS[movement.kind] ?? movement.kind}</td>
                    <td className={td}>
                      {names.get(movement.variant_id) ?? "—"}
                      <br />
                      <span className="font-mono text-sm text-stone-600">{movement.sku}</span>
                    </td>
                    <td
                      className={`${td} text-right font-semibold ${movement.quantity < 0 ? "text-red-700" : "text-emerald-800"}`}
                    >
                      {signedQuantity(movement.quantity)}
                    </td>
                    <td className={td}>{movement.reason ? ADJUSTMENT_REASON_LABELS[movement.reason] : "—"}</td>
                    <td className={td}>{movement.batch_code ?? "—"}</td>
                    <td className={td}>
                      {movement.note}
                      {movement.kind === "sale" && movement.order_id && (
                        <Link
                          href={`${listHref("/showroom/movements/new", {
                            order_id: movement.order_id,
                            sku: movement.sku ?? undefined,
                          })}#khach-tra-hang`}
                          className="block font-semibold text-emerald-800 underline"
                        >
                          Khách trả hàng
                        </Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
          <Pager
            page={page}
            totalPages={pageCount(count, MOVEMENTS_PAGE_SIZE)}
            href={(to) => listHref("/showroom/movements", { kind, page: to })}
          />
        </>
      )}
    </div>
  )
}
