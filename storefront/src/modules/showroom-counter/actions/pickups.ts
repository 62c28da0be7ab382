"use server"

import { refresh } from "next/cache"
import { cancelPickup, handOverPickup } from "@/lib/data/showroom-counter"
import { attempt } from "@/modules/common/actions/attempt"
import { readCancelReason } from "@/modules/common/cancel-reason"
import type { FormState } from "@/modules/common/form-state"

/** How the last action on the pickup list went, and for which order (its form shows the field errors). */
export type PickupState = FormState<"reason"> & { order_id?: string }

/**
 * The pickup list's one action, as the pressed button says:
 * - "Khách đã nhận hàng": the order leaves the list, its units leave the shelf and count as a sale;
 * - "Huỷ đơn": the shopper did not come; the reason reaches the shopper and the producers, and the
 *   units held for the order are on sale again.
 */
export async function pickupAction(_prev: PickupState, form: FormData): Promise<PickupState> {
  const order_id = String(form.get("order_id") ?? "")
  const displayId = String(form.get("display_id") ?? "")
  if (form.get("intent") !== "cancel") {
    const done = await attempt(() => handOverPickup(order_id), "Showroom counter: hand over a pickup")
    if (!done.ok) return { status: "error", message: done.message, order_id }
    refresh()
    return { status: "success", message: `Đã giao đơn #${displayId} cho khách.` }
  }

  const reason = readCancelReason(form, "pickup")
  const values = { reason: String(form.get("reason") ?? "").trim() }
  if (!reason.ok) return { status: "error", errors: { reason: reason.error }, values, order_id }
  const done = await attempt(() => cancelPickup(order_id, reason.reason), "Showroom counter: cancel an uncollected pickup")
  if (!done.ok) return { status: "error", message: done.message, values, order_id }
  refresh()
  return { status: "success", message: `Đã huỷ đơn #${displayId}; hàng giữ cho đơn đã trở lại kệ.` }
}
