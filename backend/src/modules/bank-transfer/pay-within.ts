/** How long a shopper has to make the transfer before the order is cancelled, unless configured. */
export const DEFAULT_PAY_WITHIN_HOURS = 48

/**
 * `BANK_TRANSFER_PAY_WITHIN_HOURS`: hours after placement an order paid by bank transfer may stay
 * unpaid; older, it is cancelled and its stock released (issue 16). A value that is not a positive
 * number is refused rather than read as "cancel everything now" or "never".
 */
export function payWithinHours(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.BANK_TRANSFER_PAY_WITHIN_HOURS?.trim()
  if (!raw) return DEFAULT_PAY_WITHIN_HOURS
  const hours = Number(raw)
  if (!Number.isFinite(hours) || hours <= 0)
    throw new Error(`BANK_TRANSFER_PAY_WITHIN_HOURS must be a positive number of hours, not "${raw}"`)
  return hours
}
