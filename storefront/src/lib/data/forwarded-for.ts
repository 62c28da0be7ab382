import "server-only"
import { headers } from "next/headers"

/**
 * The visitor's address, passed on to the backend: every request reaches it from this server, and its
 * rate limits and a stamp's scan count are per client. X-Forwarded-For as this server received it
 * (Next.js sets it to the connecting address when no proxy in front did); the backend believes it
 * because this server is a proxy it trusts (docs/SECURITY.md, "Rate limits"). Behind a CDN that tells
 * the visitor's region, the header SCAN_PLACE_HEADER names is passed on too: where a stamp was scanned.
 */
export async function forwardedFor(): Promise<Record<string, string>> {
  const received = await headers()
  const chain = received.get("x-forwarded-for")
  const regionHeader = process.env.SCAN_PLACE_HEADER?.trim().toLowerCase()
  const region = regionHeader ? received.get(regionHeader) : null
  return { ...(chain ? { "x-forwarded-for": chain } : {}), ...(regionHeader && region ? { [regionHeader]: region } : {}) }
}
