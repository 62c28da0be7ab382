import { listingChanges } from "../listing"

const now = new Date("2026-11-28T00:00:00Z")
const valid = { status: "valid" as const, expires_at: "2027-06-01T00:00:00Z" }
const expired = { status: "valid" as const, expires_at: "2026-01-01T00:00:00Z" }
const revoked = { status: "revoked" as const, expires_at: "2027-06-01T00:00:00Z" }
const covered = (...certificates: (typeof valid | typeof revoked)[]) => ({
  certified_skus: certificates.map((certificate) => ({ certificate })),
})

describe("the listing rule", () => {
  it("lists a product when one covered variant has a valid certificate", () => {
    const changes = listingChanges(
      [{ id: "p1", listed: false, producer_status: "approved", variants: [covered(), covered(expired, valid)] }],
      now
    )
    expect(changes).toEqual({ add: ["p1"], remove: [] })
  })

  it("delists a product whose certificates are all revoked, expired or absent", () => {
    const changes = listingChanges(
      [
        { id: "revoked", listed: true, producer_status: "approved", variants: [covered(revoked)] },
        { id: "expired", listed: true, producer_status: "approved", variants: [covered(expired)] },
        { id: "uncovered", listed: true, producer_status: "approved", variants: [covered(), null] },
      ],
      now
    )
    expect(changes).toEqual({ add: [], remove: ["revoked", "expired", "uncovered"] })
  })

  it("leaves products already in the right state alone", () => {
    const changes = listingChanges(
      [
        { id: "sold", listed: true, producer_status: "approved", variants: [covered(valid)] },
        { id: "unsold", listed: false, producer_status: "approved", variants: [covered(revoked)] },
      ],
      now
    )
    expect(changes).toEqual({ add: [], remove: [] })
  })

  it("delists every product of a producer that is not approved, certificates or not", () => {
    const changes = listingChanges(
      [
        { id: "suspended", listed: true, producer_status: "suspended", variants: [covered(valid)] },
        { id: "pending", listed: false, producer_status: "pending", variants: [covered(valid)] },
      ],
      now
    )
    expect(changes).toEqual({ add: [], remove: ["suspended"] })
  })
})
