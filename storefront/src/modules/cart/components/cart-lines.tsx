import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { formatVnd } from "@ocop/contracts"
import { removeLine } from "@/modules/cart/actions"
import { BLOCKED_LINE_MESSAGE } from "@/modules/cart/certification"
import Thumbnail from "@/modules/common/components/thumbnail"
import LineQuantity from "./line-quantity"

export default function CartLines({
  items,
  blocked,
}: {
  items: HttpTypes.StoreCartLineItem[]
  /** Ids of the lines no valid OCOP certificate covers any more: they block the order. */
  blocked?: ReadonlySet<string>
}) {
  return (
    <ul className="divide-y divide-stone-200 border-y border-stone-200">
      {items.map((item) => {
        const title = item.product_title ?? item.title
        const warningId = blocked?.has(item.id) ? `line-${item.id}-blocked` : undefined
        return (
          <li key={item.id} className="flex gap-4 py-4">
            <Thumbnail src={item.thumbnail} size={96} className="size-20 shrink-0 rounded bg-stone-100 sm:size-24" />
            <div className="flex flex-1 flex-col gap-2 sm:flex-row sm:justify-between">
              <div>
                <h3 className="font-semibold">
                  {item.product_handle ? (
                    <Link href={`/products/${item.product_handle}`} className="hover:text-emerald-800">
                      {title}
                    </Link>
                  ) : (
                    title
                  )}
                </h3>
                {item.variant_title && <p className="text-sm text-stone-700">{item.variant_title}</p>}
                <p className="text-sm text-stone-700">Đơn giá: {formatVnd(item.unit_price)}</p>
                {warningId && (
                  <p
                    id={warningId}
                    role="alert"
                    className="mt-2 rounded border border-red-700 bg-red-50 px-3 py-2 text-sm font-semibold text-red-800"
                  >
                    {BLOCKED_LINE_MESSAGE}
                  </p>
                )}
              </div>
              <div className="flex items-start gap-4">
                <LineQuantity lineId={item.id} quantity={item.quantity} title={title} />
                <div className="flex flex-col items-end gap-2">
                  <p className="font-semibold">{formatVnd(item.unit_price * item.quantity)}</p>
                  <form action={removeLine}>
                    <input type="hidden" name="line_id" value={item.id} />
                    <button type="submit" aria-describedby={warningId} className="text-sm text-red-700 underline">
                      Xoá <span className="sr-only">{title}</span>
                    </button>
                  </form>
                </div>
              </div>
            </div>
          </li>
        )
      })}
    </ul>
  )
}
