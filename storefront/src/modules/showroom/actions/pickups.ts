"use server"

import { refresh } from "next/cache"
import { handOverPickup } from "@/lib/data/showroom"
import { attempt } from "@/modules/common/actions/attempt"
import type { FormState } from "@/modules/common/form-state"

/** "Khách đã nhận hàng": the order leaves the list, its units leave the shelf and count as a sale. */
export async function handOverAction(_prev: FormState, form: FormData): Promise<FormState> {
  const orderId = String(form.get("order_id") ?? "")
  const displayId = String(form.get("display_id") ?? "")
  const done = await attempt(() => handOverPickup(orderId), "Showroom counter: hand over a pickup")
  if (!done.ok) return { status: "error", message: done.message }
  refresh()
  return { status: "success", message: `Đã giao đơn #${displayId} cho khách.` }
}
