import Link from "next/link"
import {
  type BatchChoice,
  batchTracePath,
  formatDateTime,
  formatVnd,
  PRODUCER_ORDER_STATUS_LABELS,
  type ProducerOrder,
} from "@ocop/contracts"
import AmountRows from "@/modules/common/components/amount-rows"
import { td, th, TableScroller } from "@/modules/common/components/table"
import { listHref } from "@/modules/common/paging"
import {
  cancelOrderAction,
  confirmOrderAction,
  deliverOrderAction,
  refuseOrderAction,
  shipOrderAction,
} from "@/modules/producer-portal/actions/orders"
import BackLink from "@/modules/producer-portal/components/back-link"
import OrderActions from "@/modules/producer-portal/components/order-actions"
import { customerAddressLine } from "@/modules/producer-portal/orders"

/** The producer's part of one order: its history, lines and totals, where it goes, and what to do next. */
export default function OrderTemplate({ order, batchChoices }: { order: ProducerOrder; batchChoices: BatchChoice[] }) {
  const address = customerAddressLine(order.customer.address)
  const history = [
    ["Đặt lúc", order.created_at],
    ["Xác nhận lúc", order.confirmed_at],
    ["Giao cho vận chuyển lúc", order.shipped_at],
    ["Giao tới khách lúc", order.delivered_at],
    [order.status === "refused" ? "Khách từ chối lúc" : "Hủy lúc", order.canceled_at],
  ].filter((entry): entry is [string, string] => Boolean(entry[1]))

  return (
    <div className="flex flex-col gap-8">
      <BackLink href={listHref("/producer/orders", { status: order.status })}>
        Đơn hàng {PRODUCER_ORDER_STATUS_LABELS[order.status].toLowerCase()}
      </BackLink>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Đơn hàng #{order.display_id}</h1>
        <p>
          <span className="inline-block rounded-full bg-stone-100 px-3 py-1 text-sm font-semibold">
            {PRODUCER_ORDER_STATUS_LABELS[order.status]}
          </span>
        </p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {history.map(([label, at]) => (
            <div key={label} className="contents">
              <dt className="text-stone-600">{label}</dt>
              <dd>{formatDateTime(at)}</dd>
            </div>
          ))}
        </dl>
      </div>

      {order.pickup_at && order.status !== "shipped" && order.status !== "canceled" && (
        <p className="rounded-lg border border-sky-700 bg-sky-50 p-3">
          Khách nhận hàng tại điểm bán ({order.pickup_at}): hàng đã được giữ trên kệ của điểm bán, điểm bán sẽ giao khi khách đến.
          Bạn không cần gửi hàng.
        </p>
      )}
      {order.status === "shipped" &&
        (order.tracking_number ? (
          <p className="rounded-lg border border-emerald-700 bg-emerald-50 p-3">
            Đã giao cho {order.carrier ?? "đơn vị vận chuyển"} · Mã vận đơn{" "}
            <span className="font-mono font-semibold">{order.tracking_number}</span>
          </p>
        ) : (
          <p className="rounded-lg border border-emerald-700 bg-emerald-50 p-3">Khách đã nhận hàng · {order.carrier}</p>
        ))}
      {order.status === "delivered" && (
        <p className="rounded-lg border border-emerald-700 bg-emerald-50 p-3">
          Khách đã nhận hàng
          {order.tracking_number && (
            <>
              {" "}
              · Mã vận đơn <span className="font-mono font-semibold">{order.tracking_number}</span>
            </>
          )}
        </p>
      )}
      {(order.status === "canceled" || order.status === "refused") && order.cancel_reason && (
        <p className="rounded-lg border border-red-700 bg-red-50 p-3 text-red-900">
          <span className="font-semibold">{order.status === "refused" ? "Khách từ chối nhận:" : "Lý do hủy:"}</span>{" "}
          {order.cancel_reason}
        </p>
      )}

      {/* minmax(0, …): on a phone the items table scrolls in its own box instead of widening the page. */}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-labelledby="order-items-heading" className="flex flex-col gap-4">
          <h2 id="order-items-heading" className="text-xl font-bold">
            Sản phẩm của bạn trong đơn
          </h2>
          <TableScroller label="Sản phẩm trong đơn">
            <table className="w-full min-w-xl border-collapse">
              <caption className="sr-only">Sản phẩm của bạn trong đơn #{order.display_id}</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    Sản phẩm
                  </th>
                  <th scope="col" className={th}>
                    SKU
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    Số lượng
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    Đơn giá
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    Thành tiền
                  </th>
                </tr>
              </thead>
              <tbody>
                {order.items.map((item) => (
                  <tr key={item.id}>
                    <td className={td}>
                      <span className="font-semibold">{item.title}</span>
                      {item.variant_title && <span className="block text-sm text-stone-600">{item.variant_title}</span>}
                      {item.batch && (
                        <Link href={batchTracePath(item.batch.id)} className="block text-sm text-emerald-800 underline">
                          Lô {item.batch.lot_number}
                        </Link>
                      )}
                    </td>
                    <td className={`${td} font-mono text-sm`}>{item.sku ?? "—"}</td>
                    <td className={`${td} text-right`}>{item.quantity}</td>
                    <td className={`${td} text-right whitespace-nowrap`}>{formatVnd(item.unit_price)}</td>
                    <td className={`${td} text-right font-semibold whitespace-nowrap`}>{formatVnd(item.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
          <AmountRows
            subtotal={formatVnd(order.subtotal)}
            shipping={formatVnd(order.shipping_total)}
            total={formatVnd(order.total)}
            className="self-end sm:w-80"
          />
          <p className="self-end text-sm" data-testid="payment-state">
            <span className="text-stone-600">Thanh toán: </span>
            {order.payment_captured ? (
              <span className="font-semibold text-emerald-800">Đã thu tiền {formatVnd(order.total)}</span>
            ) : order.status === "refused" || order.status === "canceled" ? (
              <span className="font-semibold">Không thu tiền</span>
            ) : (
              <span className="font-semibold">Chưa thu tiền (thu khi giao hàng)</span>
            )}
          </p>
        </section>

        <section aria-labelledby="customer-heading" className="flex flex-col gap-2 self-start rounded-lg bg-stone-50 p-5">
          <h2 id="customer-heading" className="text-xl font-bold">
            Giao tới
          </h2>
          <address className="leading-relaxed not-italic">
            <span className="font-semibold">{order.customer.name ?? "—"}</span>
            {order.customer.phone && (
              <>
                <br />
                <a href={`tel:${order.customer.phone}`} className="underline">
                  {order.customer.phone}
                </a>
              </>
            )}
            {address && (
              <>
                <br />
                {address}
              </>
            )}
            {order.customer.email && (
              <>
                <br />
                {order.customer.email}
              </>
            )}
          </address>
        </section>
      </div>

      <OrderActions
        status={order.status}
        pickupAt={order.pickup_at}
        confirm={confirmOrderAction.bind(null, order.id)}
        ship={shipOrderAction.bind(null, order.id)}
        lines={order.items}
        batchChoices={batchChoices}
        cancel={cancelOrderAction.bind(null, order.id)}
        total={order.total}
        deliver={deliverOrderAction.bind(null, order.id)}
        refuse={refuseOrderAction.bind(null, order.id)}
      />
    </div>
  )
}
