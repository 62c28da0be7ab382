import "server-only"
import { headers } from "next/headers"

/**
 * The visitor's address, passed on to the backend: every request reaches it from this server, and its
 * rate limits and a stamp's scan count are per client. X-Forwarded-For as this server received it
 * (Next.js sets it to the connecting address when no proxy in front did); the backend believes it
 * because this server is a proxy it trusts (docs/SECURITY.md, "Rate limits").
 */
export async function forwardedFor(): Promise<Record<string, string>> {
  const chain = (await headers()).get("x-forwarded-for")
  return chain ? { "x-forwarded-for": chain } : {}
}
