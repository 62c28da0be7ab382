"use client"

import { useActionState } from "react"
import { formatDateTime, formatVnd, type Pickup } from "@ocop/contracts"
import { cancelReasonCheck } from "@/modules/common/cancel-reason"
import { dangerButton, FormMessage, primaryButton, TextAreaField } from "@/modules/common/components/fields"
import { useFormCheck } from "@/modules/common/components/use-form-check"
import { IDLE } from "@/modules/common/form-state"
import { pickupAction, type PickupState } from "@/modules/showroom-counter/actions/pickups"

/**
 * Orders shoppers placed online to collect here. Staff check the order number with the shopper, take
 * the payment, hand the goods over and press "Khách đã nhận hàng"; an order nobody came for is
 * cancelled with a reason. One message for the whole list says how it went (the order leaves the list).
 */
export default function PickupList({ pickups }: { pickups: Pickup[] }) {
  const [state, formAction, pending] = useActionState<PickupState, FormData>(pickupAction, IDLE)
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
                  // biome-ignore lint/suspicious/noArrayIndexKey: an order's lines never reorder, and two may share a title
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
                <input type="hidden" name="intent" value="handover" />
                <button
                  type="submit"
                  disabled={pending}
                  aria-label={`Khách đã nhận đơn #${pickup.display_id}`}
                  className={`${primaryButton} min-h-12 w-full text-lg`}
                >
                  Khách đã nhận hàng
                </button>
              </form>
              <CancelPickup
                pickup={pickup}
                answer={state.order_id === pickup.id ? state : IDLE}
                action={formAction}
                pending={pending}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** "Khách không đến nhận?": cancels the order with a reason; what it held goes back on sale. */
function CancelPickup({
  pickup,
  answer,
  action,
  pending,
}: {
  pickup: Pickup
  answer: PickupState
  action: (form: FormData) => void
  pending: boolean
}) {
  const { found, onSubmit, formRef } = useFormCheck(cancelReasonCheck("pickup"), answer)
  const error = found?.reason ?? answer.errors?.reason
  const field = `cancel-reason-${pickup.id}`
  return (
    <details className="rounded-lg border border-stone-200 p-3" open={error ? true : undefined}>
      <summary className="cursor-pointer font-semibold">Khách không đến nhận?</summary>
      <form ref={formRef} action={action} onSubmit={onSubmit} noValidate className="mt-3 flex flex-col gap-3">
        <input type="hidden" name="order_id" value={pickup.id} />
        <input type="hidden" name="display_id" value={pickup.display_id} />
        <input type="hidden" name="intent" value="cancel" />
        <TextAreaField
          id={field}
          name="reason"
          label="Lý do huỷ"
          rows={2}
          maxLength={500}
          hint="Khách và nhà sản xuất sẽ thấy lý do này. Hàng giữ cho đơn trở lại kệ để bán."
          defaultValue={answer.values?.reason ?? "Khách không đến nhận hàng."}
          error={error}
        />
        <button
          type="submit"
          disabled={pending}
          aria-label={`Huỷ đơn #${pickup.display_id}`}
          className={`${dangerButton} self-start`}
        >
          Huỷ đơn
        </button>
      </form>
    </details>
  )
}
