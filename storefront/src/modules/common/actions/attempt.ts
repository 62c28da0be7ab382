import "server-only"
import { unstable_rethrow } from "next/navigation"
import { portalRefusal, UNAVAILABLE_MESSAGE, UNEXPECTED_MESSAGE } from "@/modules/common/backend-errors"

/**
 * A server action's failure as its form shows it: the backend's refusal as is, else `fallback` (and the
 * error in the server log under `what`). Next.js's own signals (the redirect to log in again after a 401)
 * pass through.
 */
export function actionFailure(error: unknown, what: string, fallback: string = UNAVAILABLE_MESSAGE): string {
  unstable_rethrow(error)
  const refusal = portalRefusal(error)
  if (refusal) return refusal
  console.error(`${what} failed:`, error)
  return fallback
}

/** Runs a portal call for a server action: its value, or the message its failure shows. */
export async function attempt<T>(
  run: () => Promise<T>,
  what: string
): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
  try {
    return { ok: true, value: await run() }
  } catch (error) {
    return { ok: false, message: actionFailure(error, `Portal: ${what}`, UNEXPECTED_MESSAGE) }
  }
}
