/**
 * The producer statuses and the office's actions on them, as pure checks. (The tax-code and phone
 * rules producers share with the portal's forms are in @ocop/contracts.)
 */

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
