import { revalidateTag } from "next/cache"
import { expireTag, tagChangesTold } from "@/lib/data/shared-read"
import { readTags, secretMatches } from "@/lib/revalidation"

/**
 * POST { tags: string[] } with header `x-revalidate-secret`: expires those cache tags (e.g. "products")
 * so the very next request reads fresh data, in Next's data cache and in the shared reads
 * (lib/data/shared-read.ts) — of every storefront process when REDIS_URL is set, whichever one the backend
 * called. Off (404) unless REVALIDATE_SECRET is set.
 */
export async function POST(request: Request) {
  const secret = process.env.REVALIDATE_SECRET
  if (!secret) return Response.json({ message: "Not found" }, { status: 404 })
  if (!secretMatches(request.headers.get("x-revalidate-secret"), secret)) {
    return Response.json({ message: "Invalid revalidation secret" }, { status: 401 })
  }
  const tags = readTags(await request.json().catch(() => null))
  if (!tags) {
    return Response.json({ message: 'Expected a JSON body { "tags": ["products", …] }' }, { status: 400 })
  }
  // `expire: 0`: no stale copy is served while the data is fetched again (the default profile would).
  for (const tag of tags) {
    revalidateTag(tag, { expire: 0 })
    expireTag(tag)
  }
  // Answered once Redis has handed the expiry to every other storefront process that listens: when the
  // backend's call returns, they are dropping the product too (within milliseconds).
  await tagChangesTold()
  return Response.json({ revalidated: tags })
}
