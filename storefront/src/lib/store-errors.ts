import { FetchError } from "@medusajs/js-sdk"
import { ERROR_CODES, type ErrorCode } from "@ocop/contracts"

// The SDK throws FetchError (with the HTTP status) for every non-2xx answer from the store API.

/** Refusals of an address itself (a control character, a broken encoding, an oversized part): no record has it. */
const UNADDRESSABLE = new Set<string>([ERROR_CODES.CONTROL_CHARACTER, ERROR_CODES.MALFORMED_ENCODING, ERROR_CODES.TOO_LONG])

/** No such record: a 404, or an address no record can have (`/producers/%00` is a 404 page, not a 500). */
export function isNotFound(error: unknown): boolean {
  return error instanceof FetchError && (error.status === 404 || UNADDRESSABLE.has(errorCode(error) ?? ""))
}

/** Medusa refuses to add, update or complete when stock is short (code `insufficient_inventory`). */
export function isInsufficientInventory(error: unknown): boolean {
  return errorCode(error) === ERROR_CODES.INSUFFICIENT_INVENTORY
}

/**
 * The backend's purchase guard refuses (code `not_purchasable`) to add or order a packaging that no
 * valid OCOP certificate covers, or whose producer is suspended, in Vietnamese and naming the product
 * ("… không còn giấy chứng nhận OCOP hiệu lực nên không thể đặt hàng …"). Returns that message, to show
 * as is; null for any other error.
 */
export function certificateRefusal(error: unknown): string | null {
  return errorCode(error) === ERROR_CODES.NOT_PURCHASABLE ? (error as FetchError).message : null
}

/**
 * Why the store API refused a request (HTTP 400), for routes whose validation answers in Vietnamese
 * (our own, such as `/store/catalog`); null for any other error.
 */
export function badRequestMessage(error: unknown): string | null {
  return error instanceof FetchError && error.status === 400 && error.message ? error.message : null
}

/**
 * The backend's refusal code ("stamp_mistyped", "insufficient_inventory"): its error handler sends the
 * code as the HTTP reason phrase too, because the SDK's FetchError keeps only the message, the status
 * and that phrase (its `statusText`). Null for an error that is no refusal of the backend's.
 */
export function errorCode(error: unknown): ErrorCode | null {
  if (!(error instanceof FetchError) || (error.status ?? 0) < 400) return null
  return error.statusText && KNOWN_CODES.has(error.statusText) ? (error.statusText as ErrorCode) : null
}

const KNOWN_CODES = new Set<string>(Object.values(ERROR_CODES))
