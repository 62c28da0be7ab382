"use client"

import { useActionState } from "react"
import { formatDateTime, formatVnd } from "@/lib/format"
import { FormMessage, primaryButton } from "@/modules/common/components/fields"
import { IDLE, type FormState } from "@/modules/common/form-state"
import { handOverAction } from "@/modules/showroom/actions/pickups"
import type { Pickup } from "@/modules/showroom/types"

/**
 * Orders shoppers placed online to collect here. Staff check the order number with the shopper, take
 * the payment, hand the goods over and press "Khách đã nhận hàng"; one message for the whole list
 * says how it went (the handed-over order leaves the list).
 */
export default function PickupList({ pickups }: { pickups: Pickup[] }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(handOverAction, IDLE)
  return (
    <div className="flex flex-col gap-4">
      <FormMessage state={state} />
      {pickups.length === 0 ? (
        <p className="rounded-lg bg-stone-50 p-6">Không có đơn nào đang chờ khách đến nhận.</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" aria-label="Đơn chờ khách nhận">
          {pickups.map((pickup) => (
            <li key={pickup.id} className="flex flex-col gap-3 rounded-lg border border-stone-300 p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="text-xl font-bold">Đơn #{pickup.display_id}</h2>
                <p className="text-sm text-stone-600">Đặt lúc {formatDateTime(pickup.created_at)}</p>
              </div>
              <p>
                <span className="font-semibold">{pickup.customer ?? "Khách"}</span>
                {pickup.phone && <> · {pickup.phone}</>}
              </p>
              <ul className="flex flex-col gap-1" aria-label={`Sản phẩm của đơn #${pickup.display_id}`}>
                {pickup.items.map((item, i) => (
                  <li key={i} className="flex justify-between gap-3">
                    <span>
                      {item.quantity} × {item.title}
                      {item.variant_title && <span className="text-stone-600"> ({item.variant_title})</span>}
                    </span>
                    <span className="whitespace-nowrap">{formatVnd(item.quantity * item.unit_price)}</span>
                  </li>
                ))}
              </ul>
              <p className="flex justify-between border-t border-stone-200 pt-2 text-lg">
                <span>Thu của khách</span>
                <span className="font-bold">{formatVnd(pickup.total)}</span>
              </p>
              <form action={formAction}>
                <input type="hidden" name="order_id" value={pickup.id} />
                <input type="hidden" name="display_id" value={pickup.display_id} />
                <button
                  type="submit"
                  disabled={pending}
                  aria-label={`Khách đã nhận đơn #${pickup.display_id}`}
                  className={`${primaryButton} min-h-12 w-full text-lg`}
                >
                  Khách đã nhận hàng
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
