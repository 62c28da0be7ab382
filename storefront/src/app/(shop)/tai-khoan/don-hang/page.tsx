import type { Metadata } from "next"
import Link from "next/link"
import { listMyOrders } from "@/lib/data/customer"
import { formatDateTime, formatVnd } from "@ocop/contracts"
import { paymentState } from "@/modules/orders/payment-state"

export const metadata: Metadata = { title: "Đơn hàng của tôi", robots: { index: false } }

export default async function MyOrdersPage() {
  // A visitor without a session is sent to log in by the call itself.
  const orders = await listMyOrders()
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <Link href="/tai-khoan" className="self-start font-semibold text-emerald-800 underline">
        ← Tài khoản của tôi
      </Link>
      <h1 className="text-3xl font-bold">Đơn hàng của tôi</h1>
      {orders.length === 0 ? (
        <p className="text-stone-700">
          Bạn chưa có đơn hàng nào.{" "}
          <Link href="/products" className="font-semibold text-emerald-800 underline">
            Xem sản phẩm OCOP
          </Link>
        </p>
      ) : (
        <ul className="flex flex-col gap-3">
          {orders.map((order) => (
            <li key={order.id}>
              <Link
                href={`/tai-khoan/don-hang/${order.id}`}
                className="flex flex-wrap items-baseline justify-between gap-2 rounded-lg border border-stone-300 p-4 hover:bg-stone-50"
              >
                <span className="text-lg font-semibold">Đơn #{order.display_id}</span>
                <span className="text-stone-700">{formatDateTime(order.created_at)}</span>
                <span>{formatVnd(order.total)}</span>
                <span className="font-semibold">
                  {order.status === "canceled" ? "Đã huỷ" : paymentState(order.payment_status)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
