/**
 * The reason of a cancelled order or order part: the customer is told why, so one is required.
 * Used by the producer's "Hủy phần đơn" and the counter's "Huỷ đơn khách không đến nhận".
 */
export function readCancelReason(form: FormData): { ok: true; reason: string } | { ok: false; error: string } {
  const reason = String(form.get("reason") ?? "").trim()
  if (!reason) return { ok: false, error: "Vui lòng nhập lý do hủy." }
  if (reason.length > 500) return { ok: false, error: "Lý do hủy tối đa 500 ký tự." }
  return { ok: true, reason }
}

/** The same rule as a form check (`useFormCheck`): what is wrong with the reason, or null. */
export function checkCancelReason(form: FormData): { reason: string } | null {
  const reason = readCancelReason(form)
  return reason.ok ? null : { reason: reason.error }
}
