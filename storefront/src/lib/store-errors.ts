import { FetchError } from "@medusajs/js-sdk"

// The SDK throws FetchError (with the HTTP status) for every non-2xx answer from the store API.

export function isNotFound(error: unknown): boolean {
  return error instanceof FetchError && error.status === 404
}

/**
 * Medusa refuses to add, update or complete when stock is short ("Some variant does not have the
 * required inventory"); thrown as an Error, or returned as `error` by cart completion.
 */
export function isInsufficientInventory(error: unknown): boolean {
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === "string" && /required inventory|insufficient/i.test(message)
}

/**
 * The backend's purchase guard refuses (HTTP 400) to add or order a packaging that no valid OCOP
 * certificate covers, or whose producer is suspended, in Vietnamese and naming the product ("… không
 * còn giấy chứng nhận OCOP hiệu lực nên không thể đặt hàng …"). Returns that message, to show as is;
 * null for any other error.
 */
export function certificateRefusal(error: unknown): string | null {
  return error instanceof FetchError &&
    error.status === 400 &&
    /giấy chứng nhận OCOP|nhà sản xuất đang bị tạm ngưng/i.test(error.message)
    ? error.message
    : null
}

/**
 * Why the store API refused a request (HTTP 400), for routes whose validation answers in Vietnamese
 * (our own, such as `/store/catalog`); null for any other error.
 */
export function badRequestMessage(error: unknown): string | null {
  return error instanceof FetchError && error.status === 400 && error.message ? error.message : null
}
