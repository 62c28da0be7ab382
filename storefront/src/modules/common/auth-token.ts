// What the portals read from a Medusa auth token (a JWT) to route a person; the backend verifies it.

type Claims = { actor_id?: unknown; actor_type?: unknown; exp?: unknown }

/** The token's claims, unverified (for routing only); null when it is not a JWT. */
function claims(token: string): Claims | null {
  const payload = token.split(".")[1]
  if (!payload) return null
  try {
    const base64 = payload.replace(/-/g, "+").replace(/_/g, "/")
    const parsed: unknown = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, "=")))
    return parsed && typeof parsed === "object" ? (parsed as Claims) : null
  } catch {
    return null
  }
}

/**
 * Whether the token names an actor of this type (`producer`, `showroom_staff`). A login whose identity
 * never finished registering (or whose actor was removed) carries an empty actor id: the routes would
 * refuse it.
 */
export function hasActor(token: string, actorType: string): boolean {
  const found = claims(token)
  return typeof found?.actor_id === "string" && found.actor_id !== "" && found.actor_type === actorType
}

const DAY_SECONDS = 24 * 60 * 60

/** How long the cookie keeps the token: until the token expires (a day if it does not say). */
export function tokenMaxAge(token: string, now: Date = new Date()): number {
  const exp = claims(token)?.exp
  if (typeof exp !== "number") return DAY_SECONDS
  return Math.max(0, Math.floor(exp - now.getTime() / 1000))
}
