import { describe, expect, it } from "vitest"
import { hasProducerActor, tokenMaxAge } from "./session"

/** An unsigned JWT with these claims (the portal never verifies: the backend does). */
function jwt(claims: object): string {
  const part = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_")
  return `${part({ alg: "HS256", typ: "JWT" })}.${part(claims)}.signature`
}

describe("hasProducerActor", () => {
  it("is true for a producer member's token", () => {
    expect(hasProducerActor(jwt({ actor_id: "pdrmem_01", actor_type: "producer" }))).toBe(true)
  })

  it("is false for a login that never finished registering (empty actor id) or another actor type", () => {
    expect(hasProducerActor(jwt({ actor_id: "", actor_type: "producer" }))).toBe(false)
    expect(hasProducerActor(jwt({ actor_id: "cus_01", actor_type: "customer" }))).toBe(false)
  })

  it("is false for anything that is not a JWT", () => {
    expect(hasProducerActor("not-a-token")).toBe(false)
    expect(hasProducerActor("a.%%%.c")).toBe(false)
  })

  it("reads base64url payloads with Vietnamese text in them", () => {
    const claims = { actor_id: "pdrmem_01", actor_type: "producer", name: "Hợp tác xã Đức Thọ ??>>" }
    const payload = Buffer.from(JSON.stringify(claims)).toString("base64url")
    expect(hasProducerActor(`x.${payload}.y`)).toBe(true)
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
