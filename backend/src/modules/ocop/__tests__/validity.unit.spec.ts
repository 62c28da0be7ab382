import { defaultExpiry, isCertificateValid, isRenewalFiledInTime } from "../validity"

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
const daysBefore = (date: Date, days: number) => new Date(date.getTime() - days * 86_400_000)
const daysAfter = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000)

describe("OCOP certificate validity", () => {
  const expires_at = day("2026-12-01")

  it("lasts 36 months from the date of issue (QĐ 148/2023)", () => {
    expect(defaultExpiry(day("2023-12-01"))).toEqual(day("2026-12-01"))
    expect(defaultExpiry(day("2024-02-29"))).toEqual(day("2027-03-01")) // no 29 Feb in 2027
  })

  it("is valid before its end date and not from it on", () => {
    const cert = { status: "valid" as const, expires_at }
    expect(isCertificateValid(cert, daysBefore(expires_at, 1))).toBe(true)
    expect(isCertificateValid(cert, expires_at)).toBe(false)
  })

  it("is never valid when revoked, suspended or expired, whatever the dates", () => {
    for (const status of ["revoked", "suspended", "expired"] as const) {
      expect(isCertificateValid({ status, expires_at }, daysBefore(expires_at, 300))).toBe(false)
    }
  })

  it("stays valid up to 180 days past expiry when renewal was filed 180–120 days before (QĐ 26/2026)", () => {
    const cert = { status: "valid" as const, expires_at, renewal_filed_at: daysBefore(expires_at, 150) }
    expect(isCertificateValid(cert, daysAfter(expires_at, 179))).toBe(true)
    expect(isCertificateValid(cert, daysAfter(expires_at, 180))).toBe(false)
  })

  it("gives no grace to a renewal filed too early or too late", () => {
    const tooEarly = { status: "valid" as const, expires_at, renewal_filed_at: daysBefore(expires_at, 181) }
    const tooLate = { status: "valid" as const, expires_at, renewal_filed_at: daysBefore(expires_at, 119) }
    expect(isCertificateValid(tooEarly, daysAfter(expires_at, 10))).toBe(false)
    expect(isCertificateValid(tooLate, daysAfter(expires_at, 10))).toBe(false)
  })

  it("accepts the window's both ends", () => {
    expect(isRenewalFiledInTime(expires_at, daysBefore(expires_at, 180))).toBe(true)
    expect(isRenewalFiledInTime(expires_at, daysBefore(expires_at, 120))).toBe(true)
    expect(isRenewalFiledInTime(expires_at, null)).toBe(false)
  })
})
