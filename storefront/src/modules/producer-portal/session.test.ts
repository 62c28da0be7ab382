import { describe, expect, it } from "vitest"
import { hasProducerActor } from "./session"

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
    expect(hasProducerActor(jwt({ actor_id: "shrstf_01", actor_type: "showroom_staff" }))).toBe(false)
  })
})
