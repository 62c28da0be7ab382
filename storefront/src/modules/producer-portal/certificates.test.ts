import { describe, expect, it } from "vitest"
import { renewalState } from "./certificates"
import type { CertificateSummary } from "@ocop/contracts"

// A certificate expiring on 1 Jan 2027: its renewal window runs 180 to 120 days before, 5 Jul – 3 Sep 2026.
const certificate: Pick<CertificateSummary, "status" | "valid_until" | "renewal_filed_at" | "renewal_window"> = {
  status: "valid",
  valid_until: "2027-01-01T00:00:00.000Z",
  renewal_filed_at: null,
  renewal_window: { opens_at: "2026-07-05T00:00:00.000Z", closes_at: "2026-09-03T00:00:00.000Z" },
}

describe("renewalState", () => {
  it("offers filing only inside the window, 180 to 120 days before expiry, bounds included", () => {
    expect(renewalState(certificate, new Date("2026-07-05T00:00:00.000Z")).kind).toBe("open")
    expect(renewalState(certificate, new Date("2026-08-01T00:00:00.000Z"))).toEqual({
      kind: "open",
      closesAt: "2026-09-03T00:00:00.000Z",
    })
    expect(renewalState(certificate, new Date("2026-09-03T00:00:00.000Z")).kind).toBe("open")
  })

  it("before the window, says when it opens and closes", () => {
    expect(renewalState(certificate, new Date("2026-07-04T23:59:59.000Z"))).toEqual({
      kind: "not-yet",
      opensAt: "2026-07-05T00:00:00.000Z",
      closesAt: "2026-09-03T00:00:00.000Z",
    })
  })

  it("after the window, says it was missed (a late renewal no longer extends validity)", () => {
    expect(renewalState(certificate, new Date("2026-09-03T00:00:01.000Z")).kind).toBe("missed")
  })

  it("once filed, reports the filing instead of offering it again", () => {
    const filed = { ...certificate, renewal_filed_at: "2026-07-20T03:00:00.000Z" }
    expect(renewalState(filed, new Date("2026-08-01T00:00:00.000Z"))).toEqual({
      kind: "filed",
      filedAt: "2026-07-20T03:00:00.000Z",
    })
  })

  it("offers nothing for a revoked, suspended or lapsed certificate, even inside the dates", () => {
    const inWindow = new Date("2026-08-01T00:00:00.000Z")
    expect(renewalState({ ...certificate, status: "revoked" }, inWindow).kind).toBe("none")
    expect(renewalState({ ...certificate, status: "suspended" }, inWindow).kind).toBe("none")
    expect(renewalState({ ...certificate, valid_until: "2026-07-31T00:00:00.000Z" }, inWindow).kind).toBe("none")
  })
})
