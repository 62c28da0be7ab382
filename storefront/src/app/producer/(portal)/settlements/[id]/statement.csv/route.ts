import type { FetchError } from "@medusajs/js-sdk"
import { unstable_rethrow } from "next/navigation"
import { getSettlementCsv } from "@/lib/data/producer-portal"
import { portalRefusal } from "@/modules/common/backend-errors"

/**
 * The statement as a spreadsheet file, downloaded with the member's session: the token stays in its
 * httpOnly cookie and never reaches the browser. The file and its name are the backend's.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  try {
    const csv = await getSettlementCsv(id)
    return new Response(csv.body, {
      headers: {
        "content-type": csv.headers.get("content-type") ?? "text/csv; charset=utf-8",
        "content-disposition": csv.headers.get("content-disposition") ?? `attachment; filename="quyet-toan-${id}.csv"`,
        "cache-control": "private, no-store",
      },
    })
  } catch (error) {
    unstable_rethrow(error) // a 401 sends the member to log in again
    // Another producer's or an unknown statement (404): the backend's own words.
    const refusal = portalRefusal(error)
    if (!refusal) throw error
    return new Response(refusal, {
      status: (error as FetchError).status,
      headers: { "content-type": "text/plain; charset=utf-8" },
    })
  }
}
