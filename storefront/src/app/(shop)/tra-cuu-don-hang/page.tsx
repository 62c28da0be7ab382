import type { Metadata } from "next"
import OrderLookupForm from "@/modules/orders/components/order-lookup-form"

export const metadata: Metadata = {
  title: "Tra cứu đơn hàng",
  description: "Xem tình trạng đơn hàng bằng mã đơn hàng và số điện thoại hoặc email đã dùng khi đặt hàng.",
}

/** A guest finds their order again (issue 17); a match opens the same page the order's confirmation shows. */
export default function OrderLookupPage() {
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">Tra cứu đơn hàng</h1>
        <p className="mt-2 text-stone-700">
          Nhập mã đơn hàng cùng số điện thoại hoặc email bạn đã dùng khi đặt hàng để xem từng kiện hàng, tình trạng thanh toán,
          hoặc huỷ đơn khi chưa có kiện nào được gửi đi.
        </p>
      </div>
      <OrderLookupForm />
    </div>
  )
}
