import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { getSdk } from "@/lib/config"
import type { Trace } from "@/modules/traceability/types"

/**
 * What a stamp's QR tells a shopper, or null for a code no stamp has (404), or one that cannot be a
 * code at all (400). Never cached: every read counts as one scan, and a voided stamp must warn at once.
 */
export async function getTrace(code: string): Promise<Trace | null> {
  try {
    const { trace } = await getSdk().client.fetch<{ trace: Trace }>(`/store/trace/${encodeURIComponent(code)}`, {
      cache: "no-store",
    })
    return trace
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 400)) return null
    throw error
  }
}
