// A producer's part of a customer order: its statuses, what can be done in each, and the forms that do it.
import { isOneOf } from "@/modules/common/codes"
import type { CustomerAddress } from "./types"
import { PRODUCER_ORDER_STATUSES, type ProducerOrderStatus } from "@ocop/contracts"

/** The tab a `?status=` query asks for; the orders waiting for confirmation when it names none. */
export function parseOrderStatus(raw: unknown): ProducerOrderStatus {
  const value = Array.isArray(raw) ? raw[0] : raw
  return isOneOf(PRODUCER_ORDER_STATUSES, value) ? value : "pending"
}

/**
 * What the producer may still do with its part: confirm it while it waits; hand it to a carrier or
 * cancel it until it has left; once shipped, report it delivered with the cash collected, or refused
 * at the door (cash on delivery). A part collected at a showroom is handed over and paid there.
 */
export function orderActions(
  status: ProducerOrderStatus,
  pickup = false
): { confirm: boolean; ship: boolean; cancel: boolean; deliver: boolean; refuse: boolean } {
  const open = status === "pending" || status === "confirmed"
  const outForDelivery = status === "shipped" && !pickup
  return { confirm: status === "pending", ship: open && !pickup, cancel: open, deliver: outForDelivery, refuse: outForDelivery }
}

export const CARRIERS = ["GHN", "GHTK", "Viettel Post", "VNPost", "J&T", "Khác"] as const

export type ShipInput = { tracking_number: string; carrier?: string }

export type ShipValidation =
  | { ok: true; input: ShipInput }
  | { ok: false; errors: { tracking_number?: string; carrier?: string } }

/** The "Giao cho vận chuyển" form: a tracking number is required, the carrier one of the list. */
export function readShipForm(form: FormData): ShipValidation {
  const tracking = text(form.get("tracking_number"))
  const carrier = text(form.get("carrier"))
  const errors: { tracking_number?: string; carrier?: string } = {}
  if (!tracking) errors.tracking_number = "Vui lòng nhập mã vận đơn."
  else if (tracking.length > 64) errors.tracking_number = "Mã vận đơn tối đa 64 ký tự."
  if (carrier && !(CARRIERS as readonly string[]).includes(carrier))
    errors.carrier = "Vui lòng chọn đơn vị vận chuyển trong danh sách."
  if (errors.tracking_number || errors.carrier) return { ok: false, errors }
  return { ok: true, input: carrier ? { tracking_number: tracking, carrier } : { tracking_number: tracking } }
}

/** The delivery address on one line, whether the API gives it as a line or as address fields. */
export function customerAddressLine(address: CustomerAddress | undefined): string | null {
  if (!address) return null
  if (typeof address === "string") return address.trim() || null
  const parts = [address.address_1, address.address_2, address.city, address.province].map((part) => part?.trim()).filter(Boolean)
  return parts.length > 0 ? parts.join(", ") : null
}

function text(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value.trim() : ""
}
