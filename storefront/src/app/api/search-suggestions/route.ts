import { catalogSuggestions } from "@/lib/data/catalog"
import { badRequestMessage } from "@/lib/store-errors"
import type { CatalogSuggestions } from "@ocop/contracts"

const NONE: CatalogSuggestions = { products: [], producers: [], communes: [] }

/**
 * GET ?q=: the header search box's suggestions, for its client component. Through the server because
 * the store API is reached only from here (lib/data, with the publishable key from the server's
 * environment). A query the store API refuses (empty, too long) has no suggestions.
 */
export async function GET(request: Request) {
  const q = new URL(request.url).searchParams.get("q")?.trim() ?? ""
  if (!q) return Response.json(NONE)
  try {
    return Response.json(await catalogSuggestions(q))
  } catch (error) {
    if (badRequestMessage(error)) return Response.json(NONE)
    throw error
  }
}
