import type { Metadata } from "next"
import Link from "next/link"
import { listOrders, ORDERS_PAGE_SIZE } from "@/lib/data/producer-portal"
import { formatDateTime, formatVnd, PRODUCER_ORDER_STATUS_LABELS, PRODUCER_ORDER_STATUSES } from "@ocop/contracts"
import Pager from "@/modules/common/components/pager"
import { td, th, TableScroller } from "@/modules/common/components/table"
import { parseOrderStatus } from "@/modules/producer-portal/orders"
import { listHref, pageCount, parsePage } from "@/modules/common/paging"

export const metadata: Metadata = { title: "Đơn hàng" }

const EMPTY: Record<string, string> = {
  pending: "Không có đơn nào chờ xác nhận.",
  confirmed: "Không có đơn đã xác nhận nào đang chờ giao cho vận chuyển.",
  shipped: "Chưa có đơn nào được giao cho vận chuyển.",
  canceled: "Không có đơn nào bị hủy.",
}

export default async function OrdersPage({ searchParams }: PageProps<"/producer/orders">) {
  const params = await searchParams
  const status = parseOrderStatus(params.status)
  const page = parsePage(params.page)
  const { orders, count } = await listOrders({ status, offset: (page - 1) * ORDERS_PAGE_SIZE })

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Đơn hàng</h1>
      <nav aria-label="Trạng thái đơn hàng">
        <ul className="flex gap-1 overflow-x-auto border-b border-stone-300 whitespace-nowrap">
          {PRODUCER_ORDER_STATUSES.map((tab) => (
            <li key={tab}>
              <Link
                href={listHref("/producer/orders", { status: tab })}
                aria-current={tab === status ? "page" : undefined}
                className="-mb-px inline-block border-b-4 border-transparent px-3 py-2 font-semibold text-stone-700 hover:text-stone-900 aria-[current=page]:border-emerald-700 aria-[current=page]:text-emerald-900"
              >
                {PRODUCER_ORDER_STATUS_LABELS[tab]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {orders.length === 0 ? (
        <p className="rounded-lg bg-stone-50 p-6">{EMPTY[status]}</p>
      ) : (
        <>
          <TableScroller label={`Đơn hàng: ${PRODUCER_ORDER_STATUS_LABELS[status]}`}>
            <table className="w-full min-w-2xl border-collapse">
              <caption className="sr-only">
                Đơn hàng {PRODUCER_ORDER_STATUS_LABELS[status].toLowerCase()} ({count})
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    Mã đơn
                  </th>
                  <th scope="col" className={th}>
                    Đặt lúc
                  </th>
                  <th scope="col" className={th}>
                    Khách hàng
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    Số sản phẩm
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    Tổng tiền
                  </th>
                </tr>
              </thead>
              <tbody>
                {orders.map((order) => (
                  <tr key={order.id}>
                    <td className={td}>
                      <Link href={`/producer/orders/${order.id}`} className="font-semibold text-emerald-800 underline">
                        #{order.display_id}
                      </Link>
                    </td>
                    <td className={`${td} whitespace-nowrap`}>{formatDateTime(order.created_at)}</td>
                    <td className={td}>{order.customer.name ?? order.customer.email ?? "—"}</td>
                    <td className={`${td} text-right`}>{order.items.reduce((sum, item) => sum + item.quantity, 0)}</td>
                    <td className={`${td} text-right font-semibold whitespace-nowrap`}>{formatVnd(order.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
          <Pager
            page={page}
            totalPages={pageCount(count, ORDERS_PAGE_SIZE)}
            href={(to) => listHref("/producer/orders", { status, page: to })}
          />
        </>
      )}
    </div>
  )
}
