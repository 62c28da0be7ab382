/**
 * A guest looking an order up by its number and the phone or e-mail given at checkout (issue 17):
 * what the storefront's form and the backend's `POST /store/order-lookup` agree on.
 */

/** The order number as shoppers write it, "1042" or "#1042" (the confirmation shows "#1042"); null when it is none. */
export function readOrderNumber(input: string): number | null {
  const match = /^#?\s*(\d{1,9})$/.exec(input.trim())
  const number = match ? Number(match[1]) : 0
  return number > 0 ? number : null
}

/** One answer for every miss: a stranger learns nothing of whether the number exists or what was wrong. */
export const ORDER_LOOKUP_MISS =
  "Không tìm thấy đơn hàng khớp với mã đơn hàng và số điện thoại hoặc email đã nhập. Vui lòng kiểm tra lại."

/** What a match answers: only the order's id, the key its page is read with. */
export type OrderLookupResult = { order_id: string }
