/** Attempts before a notice is left `failed` for the office (it can still retry it by hand). */
export const MAX_ATTEMPTS = 5

/** Minutes to wait after each failed attempt: a mail server restarting is back before the third. */
const BACKOFF_MINUTES = [1, 5, 15, 60]

/** What a failed attempt changes: the next try after backoff, or failed after the last attempt. */
export function afterFailure(attempts: number, error: string, now: Date) {
  if (attempts >= MAX_ATTEMPTS) return { status: "failed" as const, attempts, last_error: error, next_attempt_at: now }
  const minutes = BACKOFF_MINUTES[Math.min(attempts, BACKOFF_MINUTES.length) - 1]
  return {
    status: "queued" as const,
    attempts,
    last_error: error,
    next_attempt_at: new Date(now.getTime() + minutes * 60_000),
  }
}
