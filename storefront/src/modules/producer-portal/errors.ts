import { FetchError } from "@medusajs/js-sdk"

// Refusals in general are read by modules/common/backend-errors.ts; this is what only the producer
// portal meets, as producers register their own logins.

/** Registering an email that already has a login ("Identity with email already exists"). */
export function isIdentityTaken(error: unknown): boolean {
  return error instanceof FetchError && /already exists/i.test(error.message)
}
