import "server-only"
import { unstable_rethrow } from "next/navigation"
import { portalRefusal, UNEXPECTED_MESSAGE } from "@/modules/common/backend-errors"

/**
 * Runs a portal call for a server action: the backend's refusal comes back as its message, anything
 * else as a general one (and in the server log). Next.js's own signals (the redirect to log in again
 * after a 401) pass through.
 */
export async function attempt<T>(
  run: () => Promise<T>,
  what: string
): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
  try {
    return { ok: true, value: await run() }
  } catch (error) {
    unstable_rethrow(error)
    const refusal = portalRefusal(error)
    if (refusal) return { ok: false, message: refusal }
    console.error(`Portal: ${what} failed:`, error)
    return { ok: false, message: UNEXPECTED_MESSAGE }
  }
}
