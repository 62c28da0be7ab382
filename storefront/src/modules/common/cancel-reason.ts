import { CancelBody, CancelOrderBody, CancelPickupBody, fieldErrors, RefuseBody } from "@ocop/contracts/schemas"

/**
 * Whose cancellation the reason is for, each checked with its API's schema: the producer's
 * "Hủy phần đơn" (the customer is told why), the producer's "Khách từ chối nhận" (a parcel refused at
 * the door), the counter's "Huỷ đơn khách không đến nhận" (the customer and the producers are told) and
 * the shopper's own "Huỷ đơn hàng" (optional reason).
 */
const SCHEMAS = {
  producer_part: CancelBody,
  refused_parcel: RefuseBody,
  pickup: CancelPickupBody,
  shopper_order: CancelOrderBody,
}
export type Cancellation = keyof typeof SCHEMAS

export function readCancelReason(
  form: FormData,
  cancellation: Cancellation
): { ok: true; reason: string } | { ok: false; error: string } {
  const parsed = SCHEMAS[cancellation].safeParse({ reason: String(form.get("reason") ?? "") })
  if (parsed.success) return { ok: true, reason: parsed.data.reason ?? "" }
  return { ok: false, error: fieldErrors(parsed.error).fields.reason ?? parsed.error.issues[0].message }
}

/** The same rule as a form check (`useFormCheck`): what is wrong with the reason, or null. */
export const cancelReasonCheck =
  (cancellation: Cancellation) =>
  (form: FormData): { reason: string } | null => {
    const reason = readCancelReason(form, cancellation)
    return reason.ok ? null : { reason: reason.error }
  }
