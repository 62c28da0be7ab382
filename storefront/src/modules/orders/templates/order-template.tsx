import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getBankTransfer, listOrderShipments, retrieveOrder } from "@/lib/data/orders"
import { formatVnd, type OrderShipment } from "@ocop/contracts"
import ItemSummary from "@/modules/cart/components/item-summary"
import Totals from "@/modules/cart/components/totals"
import { BANK_TRANSFER_PROVIDER_ID, PAYMENT_LABEL } from "@/modules/checkout/payment"
import { parcelsNote, pickupPlace } from "@/modules/checkout/shipping"
import { cancelOrderAction } from "@/modules/orders/actions/cancel"
import { offerCancel } from "@/modules/orders/cancel"
import BankTransferPanel from "@/modules/orders/components/bank-transfer-panel"
import CancelOrder from "@/modules/orders/components/cancel-order"
import OrderShipments from "@/modules/orders/components/order-shipments"
import { paymentState } from "@/modules/orders/payment-state"

/**
 * One order as its shopper sees it, on its confirmation (a guest's, by its id) and in the account's
 * history: lines, payment, each producer's parcel, and "Huỷ đơn hàng" while none has left. `heading`
 * is what the page says above it. Not found (unknown, or another account's): the page's 404.
 */
export default async function OrderTemplate({
  id,
  heading,
}: {
  id: string
  heading: (order: HttpTypes.StoreOrder) => React.ReactNode
}) {
  const [order, shipments] = await Promise.all([
    retrieveOrder(id),
    // The order is placed whatever happens here: a failure only hides where its parcels stand.
    listOrderShipments(id).catch((error: unknown): OrderShipment[] | null => {
      console.error(`Could not read the shipments of order ${id}:`, error)
      return null
    }),
  ])
  if (!order) notFound()

  const address = order.shipping_address
  const providers = new Set(
    (order.payment_collections ?? []).flatMap((c) => (c.payment_sessions ?? []).map((s) => s.provider_id))
  )
  const payment = [...providers].map((id) => PAYMENT_LABEL[id] ?? id).join(", ")
  // Only asked for an order paid by transfer; a failure must not hide the order itself.
  const transfer = providers.has(BANK_TRANSFER_PROVIDER_ID)
    ? await getBankTransfer(order.id).catch((error: unknown) => {
        console.error(`Could not read the bank transfer of order ${order.id}:`, error)
        return "unavailable" as const
      })
    : null
  const methods = order.shipping_methods ?? []
  const pickup = pickupPlace(methods)
  const canceled = order.status === "canceled"

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      {heading(order)}

      {canceled && (
        <p role="status" className="rounded-lg border border-stone-500 bg-stone-100 p-4 text-lg font-semibold">
          Đã huỷ: đơn hàng này đã được huỷ.
        </p>
      )}

      {canceled ? null : transfer === "unavailable" ? (
        <p role="alert" className="rounded-lg border border-amber-700 bg-amber-50 p-4">
          Chưa hiện được thông tin chuyển khoản. Vui lòng tải lại trang sau ít phút.
        </p>
      ) : transfer?.paid ? (
        // Paid: no code or account left to act on, only that the money arrived.
        <p
          role="status"
          className="rounded-lg border border-emerald-700 bg-emerald-50 p-4 text-lg font-semibold text-emerald-900"
        >
          Đã thanh toán: chúng tôi đã nhận {formatVnd(transfer.amount)} chuyển khoản cho đơn hàng này.
        </p>
      ) : (
        transfer && <BankTransferPanel transfer={transfer} />
      )}

      <section aria-labelledby="order-items-heading" className="flex flex-col gap-4">
        <h2 id="order-items-heading" className="text-xl font-bold">
          Sản phẩm
        </h2>
        <ItemSummary items={order.items ?? []} />
        <Totals of={order} />
      </section>

      <div className="grid gap-6 sm:grid-cols-2">
        <section aria-labelledby="order-address-heading">
          <h2 id="order-address-heading" className="mb-2 text-xl font-bold">
            {pickup ? "Nhận hàng tại" : "Giao tới"}
          </h2>
          {address && (
            <address className="not-italic leading-relaxed">
              {[address.first_name, address.last_name].filter(Boolean).join(" ")}
              <br />
              {address.phone}
              <br />
              {[address.address_1, address.city, address.province].filter(Boolean).join(", ")}
            </address>
          )}
        </section>
        <section aria-labelledby="order-payment-heading">
          <h2 id="order-payment-heading" className="mb-2 text-xl font-bold">
            Thanh toán và giao hàng
          </h2>
          <p>{payment || "—"}</p>
          <p className="font-semibold">{canceled ? "Đã huỷ" : paymentState(order.payment_status)}</p>
          <p className="text-stone-700">
            {pickup
              ? `${pickup} · điểm bán giữ hàng cho bạn, mang theo mã đơn hàng khi đến nhận`
              : ["Giao hàng tiêu chuẩn", parcelsNote(methods.length)].filter(Boolean).join(" · ")}
          </p>
        </section>
      </div>

      {/* A collected order has no parcels to follow. */}
      {!pickup && (
        <section aria-labelledby="order-shipments-heading" className="flex flex-col gap-3">
          <h2 id="order-shipments-heading" className="text-xl font-bold">
            Vận chuyển theo nhà sản xuất
          </h2>
          {shipments === null ? (
            <p className="text-stone-700">Chưa xem được tình trạng vận chuyển. Vui lòng tải lại trang sau ít phút.</p>
          ) : shipments.length > 0 ? (
            <>
              <p className="text-stone-700">Mỗi nhà sản xuất tự đóng gói và gửi phần hàng của mình.</p>
              <OrderShipments shipments={shipments} />
            </>
          ) : (
            <p className="text-stone-700">Các nhà sản xuất đang nhận đơn; tình trạng từng kiện hàng sẽ hiện ở đây.</p>
          )}
        </section>
      )}

      {/* A showroom pickup is cancelled at the counter, not yet here. */}
      {!pickup && offerCancel(order.status, shipments) && (
        <section aria-labelledby="order-cancel-heading" className="flex flex-col gap-2">
          <h2 id="order-cancel-heading" className="text-xl font-bold">
            Huỷ đơn
          </h2>
          <p className="text-stone-700">Bạn có thể huỷ đơn khi chưa có kiện hàng nào được gửi đi.</p>
          <CancelOrder
            action={cancelOrderAction.bind(null, order.id)}
            paid={order.payment_status === "captured" || order.payment_status === "partially_captured"}
          />
        </section>
      )}

      <Link href="/products" className="self-start font-semibold text-emerald-800 underline">
        Tiếp tục mua sắm
      </Link>
    </div>
  )
}
