import { createHash, timingSafeEqual } from "node:crypto"

// The backend tells the storefront to drop cached reads (POST /api/revalidate) when a product joins or
// leaves the listing, so a revoked product's page answers 404 at once rather than after its cache time.

/** Whether the caller's secret is the configured one, compared in constant time. */
export function secretMatches(given: string | null, expected: string): boolean {
  if (given === null) return false
  // Hashing first gives equal lengths, which timingSafeEqual needs, without leaking the real length.
  const digest = (value: string) => createHash("sha256").update(value).digest()
  return timingSafeEqual(digest(given), digest(expected))
}

/** Next.js ignores longer tags. */
const MAX_TAG_LENGTH = 256
const MAX_TAGS = 20

/** The tags of a `{ tags: string[] }` body (deduplicated), or null when the body is not one. */
export function readTags(body: unknown): string[] | null {
  const tags = (body as { tags?: unknown } | null)?.tags
  if (!Array.isArray(tags) || tags.length === 0 || tags.length > MAX_TAGS) return null
  const valid = (tag: unknown) => typeof tag === "string" && tag.trim() !== "" && tag.length <= MAX_TAG_LENGTH
  return tags.every(valid) ? [...new Set(tags as string[])] : null
}
