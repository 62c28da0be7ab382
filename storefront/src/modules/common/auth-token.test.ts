import { describe, expect, it } from "vitest"
import { hasActor, tokenMaxAge } from "./auth-token"

/** An unsigned JWT with these claims (the portals never verify: the backend does). */
function jwt(claims: object): string {
  const part = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_")
  return `${part({ alg: "HS256", typ: "JWT" })}.${part(claims)}.signature`
}

describe("hasActor", () => {
  it("is true only for the actor type asked about", () => {
    const staff = jwt({ actor_id: "shrstf_01", actor_type: "showroom_staff" })
    expect(hasActor(staff, "showroom_staff")).toBe(true)
    expect(hasActor(staff, "producer")).toBe(false)
  })

  it("is false for a login without an actor, and for anything that is not a JWT", () => {
    expect(hasActor(jwt({ actor_id: "", actor_type: "showroom_staff" }), "showroom_staff")).toBe(false)
    expect(hasActor("not-a-token", "showroom_staff")).toBe(false)
    expect(hasActor("a.%%%.c", "showroom_staff")).toBe(false)
  })

  it("reads base64url payloads with Vietnamese text in them", () => {
    const claims = { actor_id: "pdrmem_01", actor_type: "producer", name: "Hợp tác xã Đức Thọ ??>>" }
    const payload = Buffer.from(JSON.stringify(claims)).toString("base64url")
    expect(hasActor(`x.${payload}.y`, "producer")).toBe(true)
  })
})

describe("tokenMaxAge", () => {
  const now = new Date("2026-03-01T00:00:00.000Z")

  it("keeps the cookie exactly as long as the token is valid", () => {
    expect(tokenMaxAge(jwt({ exp: now.getTime() / 1000 + 3600 }), now)).toBe(3600)
  })

  it("never goes below zero, and falls back to a day when the token has no expiry", () => {
    expect(tokenMaxAge(jwt({ exp: now.getTime() / 1000 - 10 }), now)).toBe(0)
    expect(tokenMaxAge(jwt({}), now)).toBe(86400)
  })
})
