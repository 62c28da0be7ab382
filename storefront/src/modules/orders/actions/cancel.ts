"use server"

import { refresh } from "next/cache"
import { cancelOrder } from "@/lib/data/orders"
import { attempt } from "@/modules/common/actions/attempt"
import { readCancelReason } from "@/modules/common/cancel-reason"
import type { FormState } from "@/modules/common/form-state"

/** The shopper's "Huỷ đơn hàng" (issue 16): the backend's refusal comes back as its Vietnamese sentence. */
export async function cancelOrderAction(
  orderId: string,
  _prev: FormState<"reason">,
  form: FormData
): Promise<FormState<"reason">> {
  const reason = readCancelReason(form, "shopper_order")
  const values = { reason: String(form.get("reason") ?? "").trim() }
  if (!reason.ok) return { status: "error", errors: { reason: reason.error }, values }
  const done = await attempt(() => cancelOrder(orderId, reason.reason), "shopper cancels order")
  if (!done.ok) return { status: "error", message: done.message, values }
  refresh()
  return { status: "success", message: "Đã huỷ đơn hàng." }
}
