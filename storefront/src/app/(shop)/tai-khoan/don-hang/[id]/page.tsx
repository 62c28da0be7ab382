import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { currentCustomer, LOGIN_PATH } from "@/lib/data/customer"
import { formatDateTime } from "@ocop/contracts"
import { reorderAction } from "@/modules/orders/actions/reorder"
import ReorderButton from "@/modules/orders/components/reorder-button"
import OrderTemplate from "@/modules/orders/templates/order-template"

export const metadata: Metadata = { title: "Chi tiết đơn hàng", robots: { index: false } }

/** An order of the account: the backend answers another account's id as unknown, so this page is a 404 then. */
export default async function MyOrderPage({ params }: PageProps<"/tai-khoan/don-hang/[id]">) {
  if (!(await currentCustomer())) redirect(LOGIN_PATH)
  const { id } = await params
  return (
    <OrderTemplate
      id={id}
      heading={(order) => (
        <div className="flex flex-col gap-2">
          <Link href="/tai-khoan/don-hang" className="self-start font-semibold text-emerald-800 underline">
            ← Đơn hàng của tôi
          </Link>
          <h1 className="text-3xl font-bold">Đơn hàng #{order.display_id}</h1>
          <p className="text-stone-700">Đặt lúc {formatDateTime(order.created_at)}</p>
          <ReorderButton action={reorderAction.bind(null, order.id)} />
        </div>
      )}
    />
  )
}
