"use client"

import { formatDateTime, formatVnd, PAYMENT_METHOD_LABELS, type Receipt } from "@ocop/contracts"
import { primaryButton, secondaryButton } from "@/modules/common/components/fields"
import { packagingName } from "@/modules/showroom-counter/labels"

const cell = "py-1 align-top"

/**
 * The receipt of a recorded sale, to hand over or print. When printing, everything else on the page
 * (the counter's header and these buttons) is hidden; the order id is printed as a customer return
 * needs it.
 */
export default function SaleReceipt({
  receipt,
  recordedAt,
  cashReceived,
  onNewSale,
}: {
  receipt: Receipt
  recordedAt?: string
  cashReceived?: number
  onNewSale: () => void
}) {
  return (
    <div className="flex flex-col items-center gap-6">
      <p
        role="status"
        className="rounded-lg border border-emerald-700 bg-emerald-50 p-3 text-lg font-semibold text-emerald-900 print:hidden"
      >
        Đã ghi nhận bán hàng.
      </p>
      <article
        aria-labelledby="receipt-heading"
        className="flex w-full max-w-md flex-col gap-3 rounded-lg border border-stone-300 bg-white p-5 print:max-w-none print:border-0 print:p-0"
      >
        <header className="flex flex-col items-center gap-1 text-center">
          <p className="text-lg font-bold">{receipt.showroom.name}</p>
          <p className="text-sm">{receipt.showroom.address}</p>
          <h2 id="receipt-heading" className="mt-2 text-2xl font-bold">
            Hoá đơn #{receipt.display_id}
          </h2>
          {recordedAt && <p className="text-sm">{formatDateTime(recordedAt)}</p>}
        </header>
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Sản phẩm đã bán</caption>
          <thead>
            <tr className="border-b border-stone-400">
              <th scope="col" className="py-1 text-left font-semibold">
                Sản phẩm
              </th>
              <th scope="col" className="py-1 text-right font-semibold">
                SL
              </th>
              <th scope="col" className="py-1 text-right font-semibold">
                Thành tiền
              </th>
            </tr>
          </thead>
          <tbody>
            {receipt.lines.map((line) => (
              <tr key={line.variant_id} className="border-b border-dashed border-stone-300">
                <td className={cell}>
                  {packagingName(line)}
                  <br />
                  <span className="text-stone-600">{formatVnd(line.unit_price)}</span>
                </td>
                <td className={`${cell} text-right`}>{line.quantity}</td>
                <td className={`${cell} text-right whitespace-nowrap`}>{formatVnd(line.unit_price * line.quantity)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1">
          <dt className="text-lg font-bold">Tổng cộng</dt>
          <dd className="text-right text-lg font-bold">{formatVnd(receipt.total)}</dd>
          <dt>Thanh toán</dt>
          <dd className="text-right">{PAYMENT_METHOD_LABELS[receipt.payment_method]}</dd>
          {receipt.payment_method === "cash" && cashReceived !== undefined && (
            <>
              <dt>Khách đưa</dt>
              <dd className="text-right">{formatVnd(cashReceived)}</dd>
            </>
          )}
          {receipt.change !== null && (
            <>
              <dt>Tiền thối lại</dt>
              <dd className="text-right">{formatVnd(receipt.change)}</dd>
            </>
          )}
          <dt>Thu ngân</dt>
          <dd className="text-right">{receipt.cashier}</dd>
          <dt>Mã đơn</dt>
          <dd className="text-right font-mono text-xs break-all">{receipt.order_id}</dd>
        </dl>
        <p className="text-center text-sm">Cảm ơn quý khách! Sản phẩm OCOP chính hãng.</p>
      </article>
      <div className="flex flex-wrap justify-center gap-3 print:hidden">
        <button type="button" onClick={() => window.print()} className={`${secondaryButton} min-h-12 text-lg`}>
          In hoá đơn
        </button>
        {/* biome-ignore lint/a11y/noAutofocus: after a sale the next customer is one keystroke away */}
        <button type="button" onClick={onNewSale} autoFocus className={`${primaryButton} min-h-12 text-lg`}>
          Bán đơn mới
        </button>
      </div>
    </div>
  )
}
