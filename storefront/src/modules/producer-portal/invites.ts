// The link an owner sends a new staff member: the invite's token is its only secret.

export function invitePath(token: string): string {
  return `/producer/invite?token=${encodeURIComponent(token)}`
}

/**
 * The address the portal was reached at, from the request's headers (a reverse proxy's forwarded ones
 * first), so the link works for whoever receives it; null when the host is unknown.
 */
export function requestOrigin(get: (name: string) => string | null): string | null {
  const host = first(get("x-forwarded-host")) ?? first(get("host"))
  if (!host) return null
  const proto = first(get("x-forwarded-proto")) ?? "http"
  return `${proto === "https" ? "https" : "http"}://${host}`
}

/** Proxies may append their own value: "a, b" → "a". */
function first(value: string | null): string | null {
  return value?.split(",")[0]?.trim() || null
}
