import { listingChanges } from "../listing"

const now = new Date("2026-11-28T00:00:00Z")
const valid = { status: "valid" as const, expires_at: "2027-06-01T00:00:00Z" }
const expired = { status: "valid" as const, expires_at: "2026-01-01T00:00:00Z" }
const revoked = { status: "revoked" as const, expires_at: "2027-06-01T00:00:00Z" }

describe("the listing rule", () => {
  it("lists a product when one covered variant has a valid certificate", () => {
    const changes = listingChanges(
      [{ id: "p1", listed: false, producer_approved: true, variants: [{ certificates: [] }, { certificates: [expired, valid] }] }],
      now
    )
    expect(changes).toEqual({ add: ["p1"], remove: [] })
  })

  it("delists a product whose certificates are all revoked, expired or absent", () => {
    const changes = listingChanges(
      [
        { id: "revoked", listed: true, producer_approved: true, variants: [{ certificates: [revoked] }] },
        { id: "expired", listed: true, producer_approved: true, variants: [{ certificates: [expired] }] },
        { id: "uncovered", listed: true, producer_approved: true, variants: [{ certificates: [] }] },
      ],
      now
    )
    expect(changes).toEqual({ add: [], remove: ["revoked", "expired", "uncovered"] })
  })

  it("leaves products already in the right state alone", () => {
    const changes = listingChanges(
      [
        { id: "sold", listed: true, producer_approved: true, variants: [{ certificates: [valid] }] },
        { id: "unsold", listed: false, producer_approved: true, variants: [{ certificates: [revoked] }] },
      ],
      now
    )
    expect(changes).toEqual({ add: [], remove: [] })
  })

  it("delists every product of a producer that is not approved, certificates or not", () => {
    const changes = listingChanges(
      [
        { id: "suspended", listed: true, producer_approved: false, variants: [{ certificates: [valid] }] },
        { id: "pending", listed: false, producer_approved: false, variants: [{ certificates: [valid] }] },
      ],
      now
    )
    expect(changes).toEqual({ add: [], remove: ["suspended"] })
  })
})
