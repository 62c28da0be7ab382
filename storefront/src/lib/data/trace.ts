import "server-only"
import { type BatchTrace, ERROR_CODES, type StampTrace } from "@ocop/contracts"
import { getSdk } from "@/lib/config"
import { forwardedFor } from "@/lib/data/forwarded-for"
import { errorCode } from "@/lib/store-errors"

/**
 * What a stamp's QR tells a shopper, or why there is none: `mistyped` when the code's check character
 * does not match (a typing error: compare it with the label), `unknown` for a code no stamp has, or
 * one that cannot be a code at all. Never cached: a visitor's first read of the day counts as a scan
 * (the backend tells visitors apart by the address passed on), and a voided stamp must warn at once.
 */
export async function getTrace(code: string): Promise<{ trace: StampTrace } | { refused: "mistyped" | "unknown" }> {
  try {
    return await getSdk().client.fetch<{ trace: StampTrace }>(`/store/trace/${encodeURIComponent(code)}`, {
      headers: await forwardedFor(),
      cache: "no-store",
    })
  } catch (error) {
    const code = errorCode(error)
    if (code === ERROR_CODES.STAMP_MISTYPED) return { refused: "mistyped" }
    if (code === ERROR_CODES.STAMP_UNKNOWN || code === ERROR_CODES.STAMP_MALFORMED) return { refused: "unknown" }
    throw error
  }
}

/** What the trace page of a batch a shopper received tells; null when no batch has this id. */
export async function getBatchTrace(batchId: string): Promise<BatchTrace | null> {
  try {
    const { trace } = await getSdk().client.fetch<{ trace: BatchTrace }>(`/store/trace/batches/${encodeURIComponent(batchId)}`, {
      headers: await forwardedFor(),
      cache: "no-store",
    })
    return trace
  } catch (error) {
    if (errorCode(error) === ERROR_CODES.NOT_FOUND) return null
    throw error
  }
}
