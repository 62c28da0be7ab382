import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { defaultExpiry, isCertificateValid, isRenewalFiledInTime } from "./certificate-validity"

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
const daysBefore = (date: Date, days: number) => new Date(date.getTime() - days * 86_400_000)
const daysAfter = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000)

describe("OCOP certificate validity", () => {
  const expires_at = day("2026-12-01")

  it("lasts 36 months from the date of issue (QĐ 148/2023)", () => {
    assert.deepEqual(defaultExpiry(day("2023-12-01")), day("2026-12-01"))
    assert.deepEqual(defaultExpiry(day("2024-02-29")), day("2027-03-01")) // no 29 Feb in 2027
  })

  it("is valid before its end date and not from it on", () => {
    const cert = { status: "valid" as const, expires_at }
    assert.equal(isCertificateValid(cert, daysBefore(expires_at, 1)), true)
    assert.equal(isCertificateValid(cert, expires_at), false)
  })

  it("is never valid when revoked, suspended or expired, whatever the dates", () => {
    for (const status of ["revoked", "suspended", "expired"] as const) {
      assert.equal(isCertificateValid({ status, expires_at }, daysBefore(expires_at, 300)), false)
    }
  })

  it("stays valid up to 180 days past expiry when renewal was filed 180–120 days before (QĐ 26/2026)", () => {
    const cert = { status: "valid" as const, expires_at, renewal_filed_at: daysBefore(expires_at, 150) }
    assert.equal(isCertificateValid(cert, daysAfter(expires_at, 179)), true)
    assert.equal(isCertificateValid(cert, daysAfter(expires_at, 180)), false)
  })

  it("gives no grace to a renewal filed too early or too late", () => {
    const tooEarly = { status: "valid" as const, expires_at, renewal_filed_at: daysBefore(expires_at, 181) }
    const tooLate = { status: "valid" as const, expires_at, renewal_filed_at: daysBefore(expires_at, 119) }
    assert.equal(isCertificateValid(tooEarly, daysAfter(expires_at, 10)), false)
    assert.equal(isCertificateValid(tooLate, daysAfter(expires_at, 10)), false)
  })

  it("accepts the window's both ends", () => {
    assert.equal(isRenewalFiledInTime(expires_at, daysBefore(expires_at, 180)), true)
    assert.equal(isRenewalFiledInTime(expires_at, daysBefore(expires_at, 120)), true)
    assert.equal(isRenewalFiledInTime(expires_at, null), false)
  })
})
