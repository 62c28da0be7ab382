import { normalizePhone, PHONE_MESSAGES, readOrderNumber } from "@ocop/contracts"
import { emailError, type FieldErrors, readFields } from "@/modules/common/form-values"

// The guest order lookup's form (issue 17): the order number and one box for the phone or the e-mail
// given at checkout. Its rules run in the browser and again in the server action.

export const LOOKUP_FIELDS = ["order_number", "contact"] as const
export type LookupField = (typeof LOOKUP_FIELDS)[number]

/** What `POST /store/order-lookup` is sent: the number, and the contact as a phone or an e-mail. */
export type LookupRequest = { display_id: number } & ({ phone: string } | { email: string })

/**
 * The request the form asks for, or what to fix. "#1042" and "1042" are the same number; a contact with
 * an "@" is an e-mail (sent as typed, compared in any case), anything else a phone (sent normalised).
 */
export function readLookupForm(
  form: FormData
): { ok: true; request: LookupRequest } | { ok: false; errors: FieldErrors<LookupField> } {
  const { order_number, contact } = readFields(form, LOOKUP_FIELDS)
  const errors: FieldErrors<LookupField> = {}
  const displayId = readOrderNumber(order_number)
  if (!order_number) errors.order_number = "Vui lòng nhập mã đơn hàng."
  else if (displayId === null) errors.order_number = "Mã đơn hàng gồm các chữ số, ví dụ 1042 hoặc #1042."

  let reach: { phone: string } | { email: string } | null = null
  if (!contact) errors.contact = "Vui lòng nhập số điện thoại hoặc email đã dùng khi đặt hàng."
  else if (contact.includes("@")) {
    errors.contact = emailError(contact)
    if (!errors.contact) reach = { email: contact }
  } else {
    const phone = normalizePhone(contact, "mobile")
    if (phone) reach = { phone }
    else errors.contact = PHONE_MESSAGES.mobile
  }
  return displayId !== null && reach ? { ok: true, request: { display_id: displayId, ...reach } } : { ok: false, errors }
}
