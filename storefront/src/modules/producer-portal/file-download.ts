import type { FetchError } from "@medusajs/js-sdk"
import { unstable_rethrow } from "next/navigation"
import { portalRefusal } from "@/modules/common/backend-errors"

/**
 * A file of the backend's (a spreadsheet, a stamp sheet, a stamp's label), passed through to the member's browser: read with the member's
 * session (the token stays in its httpOnly cookie), the file and its name are the backend's. A refusal
 * (another producer's or an unknown record: 404; a suspended producer: 403) answers in the backend's words.
 * `fallbackName` null: shown in the browser (a picture) unless the backend says to download it.
 */
export async function portalDownload(read: () => Promise<Response>, fallbackName: string | null): Promise<Response> {
  try {
    const file = await read()
    const disposition =
      file.headers.get("content-disposition") ?? (fallbackName ? `attachment; filename="${fallbackName}"` : null)
    return new Response(file.body, {
      headers: {
        "content-type": file.headers.get("content-type") ?? "application/octet-stream",
        ...(disposition && { "content-disposition": disposition }),
        "cache-control": "private, no-store",
        // The type is the backend's, from the file's bytes: the browser must not guess another.
        "x-content-type-options": "nosniff",
      },
    })
  } catch (error) {
    unstable_rethrow(error) // a 401 sends the member to log in again
    const refusal = portalRefusal(error)
    if (!refusal) throw error
    return new Response(refusal, {
      status: (error as FetchError).status,
      headers: { "content-type": "text/plain; charset=utf-8" },
    })
  }
}
