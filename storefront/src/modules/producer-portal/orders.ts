// A producer's part of a customer order: its statuses, what can be done in each, and the forms that do it.
import { isOneOf } from "@/modules/common/codes"
import type { CustomerAddress } from "./types"
import { PRODUCER_ORDER_STATUSES, type ProducerOrderStatus } from "@ocop/contracts"
import { fieldErrors, ShipBody } from "@ocop/contracts/schemas"

export type ShipInput = ShipBody

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

export type ShipField = "tracking_number" | "carrier" | "batches"
/** The ship form's fields: its own, and one batch choice per line (`batchFieldName`). */
export type ShipFormField = ShipField | `batch_${string}`

export type ShipValidation = { ok: true; input: ShipInput } | { ok: false; errors: Partial<Record<ShipField, string>> }

/** The form field naming the batch a line is shipped from. */
export function batchFieldName(lineItemId: string): `batch_${string}` {
  return `batch_${lineItemId}`
}

/**
 * The "Giao cho vận chuyển" form: a tracking number is required, the carrier one of the list, and
 * each line may name the batch it is shipped from.
 */
export function readShipForm(form: FormData): ShipValidation {
  const carrier = text(form.get("carrier"))
  const batches = [...form.keys()]
    .filter((name) => name.startsWith(batchFieldName("")))
    .map((name) => ({ line_item_id: name.slice(batchFieldName("").length), batch_id: text(form.get(name)) }))
    .filter((line) => line.batch_id)
  const parsed = ShipBody.safeParse({
    tracking_number: form.get("tracking_number") ?? "",
    carrier: carrier || undefined,
    batches,
  })
  const errors = parsed.success ? {} : fieldErrors<ShipField>(parsed.error, (path) => path[0] as ShipField).fields
  if (carrier && !(CARRIERS as readonly string[]).includes(carrier))
    errors.carrier = "Vui lòng chọn đơn vị vận chuyển trong danh sách."
  if (!parsed.success || errors.carrier) return { ok: false, errors }
  return { ok: true, input: parsed.data }
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
