"use server"

import { refresh } from "next/cache"
import { cancelOrder, confirmOrder, deliverOrder, refuseOrder, shipOrder } from "@/lib/data/producer-portal"
import type { FormState } from "@/modules/common/form-state"
import { readCancelReason } from "@/modules/common/cancel-reason"
import { readShipForm, type ShipFormField } from "@/modules/producer-portal/orders"
import { attempt } from "@/modules/common/actions/attempt"

export async function confirmOrderAction(orderId: string, _prev: FormState, _form: FormData): Promise<FormState> {
  const done = await attempt(() => confirmOrder(orderId), "confirm order")
  if (!done.ok) return { status: "error", message: done.message }
  refresh()
  return { status: "success", message: "Đã xác nhận đơn hàng." }
}

export async function shipOrderAction(
  orderId: string,
  _prev: FormState<ShipFormField>,
  form: FormData
): Promise<FormState<ShipFormField>> {
  // Shown again after a refusal: the tracking number, the carrier and each line's batch.
  const values = Object.fromEntries(
    [...form.entries()].flatMap(([name, value]) => (typeof value === "string" ? [[name, value.trim()]] : []))
  )
  const validation = readShipForm(form)
  if (!validation.ok) return { status: "error", errors: validation.errors, values }
  const done = await attempt(() => shipOrder(orderId, validation.input), "ship order")
  if (!done.ok) return { status: "error", message: done.message, values }
  refresh()
  return { status: "success", message: "Đã giao cho đơn vị vận chuyển." }
}

export async function cancelOrderAction(
  orderId: string,
  _prev: FormState<"reason">,
  form: FormData
): Promise<FormState<"reason">> {
  const reason = readCancelReason(form, "producer_part")
  const values = { reason: String(form.get("reason") ?? "").trim() }
  if (!reason.ok) return { status: "error", errors: { reason: reason.error }, values }
  const done = await attempt(() => cancelOrder(orderId, reason.reason), "cancel order")
  if (!done.ok) return { status: "error", message: done.message, values }
  refresh()
  return { status: "success", message: "Đã hủy phần đơn của bạn. Khách hàng sẽ thấy lý do hủy." }
}

export async function deliverOrderAction(orderId: string, _prev: FormState, _form: FormData): Promise<FormState> {
  const done = await attempt(() => deliverOrder(orderId), "deliver order")
  if (!done.ok) return { status: "error", message: done.message }
  refresh()
  return { status: "success", message: "Đã ghi nhận giao hàng và thu tiền." }
}

export async function refuseOrderAction(
  orderId: string,
  _prev: FormState<"reason">,
  form: FormData
): Promise<FormState<"reason">> {
  const reason = readCancelReason(form, "refused_parcel")
  const values = { reason: String(form.get("reason") ?? "").trim() }
  if (!reason.ok) return { status: "error", errors: { reason: reason.error }, values }
  const done = await attempt(() => refuseOrder(orderId, reason.reason), "refuse order")
  if (!done.ok) return { status: "error", message: done.message, values }
  refresh()
  return { status: "success", message: "Đã ghi nhận khách từ chối nhận. Hàng được cộng lại vào kho, không thu tiền." }
}
