import type { CertificateDates } from "@ocop/contracts"
import { certificatesCovering, certificatesValidNow, isCoveredNow, whyNotSellable } from "../sellable-packaging"

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
const now = day("2026-11-28")
const valid = { status: "valid" as const, expires_at: "2027-06-01T00:00:00Z" }
const lapsed = { status: "valid" as const, expires_at: "2026-11-01T00:00:00Z" }
const revoked = { status: "revoked" as const, expires_at: "2027-06-01T00:00:00Z" }
const suspended = { status: "suspended" as const, expires_at: "2027-06-01T00:00:00Z" }
const packaging = (...certificates: (CertificateDates | null)[]) => ({
  certified_skus: certificates.map((certificate) => ({ certificate })),
})

describe("a sellable packaging", () => {
  it("is sellable while a valid certificate covers it and its producer is approved", () => {
    expect(whyNotSellable(packaging(revoked, valid), "approved", now)).toBeNull()
    expect(isCoveredNow(packaging(revoked, valid), now)).toBe(true)
  })

  it("is not sold when no certificate valid now covers it: revoked, suspended, lapsed, absent or gone", () => {
    for (const uncovered of [
      packaging(revoked),
      packaging(suspended),
      packaging(lapsed),
      packaging(),
      packaging(null),
      { certified_skus: null },
      null,
    ]) {
      expect(whyNotSellable(uncovered, "approved", now)).toBe("certificate")
    }
  })

  it("is not sold, though covered, while its producer is pending or suspended", () => {
    expect(whyNotSellable(packaging(valid), "suspended", now)).toBe("producer")
    expect(whyNotSellable(packaging(valid), "pending", now)).toBe("producer")
    expect(whyNotSellable(packaging(valid), undefined, now)).toBe("producer")
    // Uncovered says so first, whatever the producer.
    expect(whyNotSellable(packaging(revoked), "suspended", now)).toBe("certificate")
  })

  it("stays sellable up to 180 days past expiry when the renewal was filed 180–120 days before (QĐ 26/2026)", () => {
    const renewing = { ...lapsed, renewal_filed_at: day("2026-06-01") } // 153 days before expiry
    expect(whyNotSellable(packaging(renewing), "approved", now)).toBeNull()
    expect(whyNotSellable(packaging(renewing), "approved", day("2027-04-30"))).toBe("certificate")
    const tooLate = { ...lapsed, renewal_filed_at: day("2026-08-01") } // 92 days before expiry
    expect(whyNotSellable(packaging(tooLate), "approved", now)).toBe("certificate")
  })

  it("names the certificates that cover it now, in the order Query gave them", () => {
    const [three, five, four] = [
      { ...revoked, stars: 3 },
      { ...valid, stars: 5 },
      { ...valid, stars: 4 },
    ] as (CertificateDates & { stars: number })[]
    expect(
      certificatesCovering({ certified_skus: [{ certificate: three }, null, { certificate: five }, { certificate: four }] }, now)
    ).toEqual([five, four])
    expect(certificatesValidNow([null, revoked, valid, undefined], now)).toEqual([valid])
  })
})
