import { FetchError } from "@medusajs/js-sdk"

// The portals' routes (docs/PRODUCER-API.md, docs/SHOWROOM-API.md) answer refusals with a Vietnamese
// sentence a person can act on: 400 bad input or not enough stock, 403 role not allowed or producer
// suspended, 404 not found (or another producer's or showroom's), 409 conflict, 429 too many attempts
// (how many minutes to wait).

const REFUSALS = new Set([400, 403, 404, 409, 429])

/** The backend's own message for a refusal, to show as is; null for anything else (outage, bug). */
export function portalRefusal(error: unknown): string | null {
  return error instanceof FetchError && REFUSALS.has(error.status ?? 0) && error.message ? error.message : null
}

export const UNEXPECTED_MESSAGE = "Không lưu được thay đổi lúc này. Vui lòng thử lại sau ít phút."

/** When a login cannot even reach the backend. */
export const UNAVAILABLE_MESSAGE = "Không kết nối được máy chủ. Vui lòng thử lại sau ít phút."

/** Medusa's own auth routes answer in English: a wrong email or password is a 401. */
export const INVALID_LOGIN_MESSAGE = "Email hoặc mật khẩu không đúng."

export function isInvalidLogin(error: unknown): boolean {
  return error instanceof FetchError && error.status === 401
}

/** Registering an email that already has a login (Medusa: "Identity with email already exists"). */
export function isIdentityTaken(error: unknown): boolean {
  return error instanceof FetchError && /already exists/i.test(error.message)
}
