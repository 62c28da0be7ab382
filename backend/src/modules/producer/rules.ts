/**
 * What a producer's registration must satisfy, as pure checks shared by the HTTP validators and
 * the seed.
 */

/** Mã số thuế: 10 digits for the entity, or 10 + "-" + 3 digits for a branch (Circular 105/2020). */
export const TAX_CODE_PATTERN = /^\d{10}(-\d{3})?$/

/** Vietnamese phone numbers: mobile 0[35789]x (10 digits) or a landline 02x (11 digits), +84 allowed. */
export function normalizePhone(input: string): string | null {
  const digits = input.replace(/[\s.\-()]/g, "").replace(/^\+84/, "0").replace(/^84(?=\d{9,10}$)/, "0")
  if (/^0[35789]\d{8}$/.test(digits) || /^02\d{9}$/.test(digits)) return digits
  return null
}

/** The producer statuses from which the office's actions are allowed. */
export const PRODUCER_TRANSITIONS = {
  approve: ["pending", "suspended"],
  suspend: ["approved", "pending"],
} as const

export type ProducerStatus = "pending" | "approved" | "suspended"
export type ProducerAction = keyof typeof PRODUCER_TRANSITIONS

export function canApply(action: ProducerAction, status: ProducerStatus): boolean {
  return (PRODUCER_TRANSITIONS[action] as readonly string[]).includes(status)
}
