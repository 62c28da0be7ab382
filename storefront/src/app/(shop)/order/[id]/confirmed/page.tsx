import type { Metadata } from "next"
import Link from "next/link"
import { connection } from "next/server"
import { formatDateTime } from "@ocop/contracts"
import OrderTemplate from "@/modules/orders/templates/order-template"

export const metadata: Metadata = {
  title: "Đặt hàng thành công",
  description: "Xác nhận đơn hàng của bạn.",
  robots: { index: false },
}

export default async function OrderConfirmedPage({ params }: PageProps<"/order/[id]/confirmed">) {
  await connection()
  const { id } = await params
  return (
    <OrderTemplate
      id={id}
      heading={(order) => (
        <div className="rounded-2xl bg-emerald-50 p-6">
          <h1 className="text-3xl font-bold text-emerald-900">Cảm ơn bạn đã đặt hàng!</h1>
          <p className="mt-3 text-xl font-semibold">Mã đơn hàng #{order.display_id}</p>
          <p className="mt-1 text-stone-700">
            Đặt lúc {formatDateTime(order.created_at)} · Email liên hệ: {order.email}
          </p>
          <p className="mt-1 text-stone-700">
            Ghi lại mã đơn hàng: bạn xem lại đơn này bất cứ lúc nào ở trang{" "}
            <Link href="/tra-cuu-don-hang" className="font-semibold text-emerald-800 underline">
              Tra cứu đơn hàng
            </Link>{" "}
            với số điện thoại hoặc email đã dùng khi đặt hàng.
          </p>
        </div>
      )}
    />
  )
}
