import assert from "node:assert/strict"
import { test } from "node:test"
import { certificateMilestone } from "./notifications"

const now = new Date("2026-12-07T05:00:00Z")
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000)

test("a certificate is reminded at the nearest milestone it reached: 180, 120, then 30 days before expiry", () => {
  assert.equal(certificateMilestone(inDays(181), now), null)
  assert.deepEqual(certificateMilestone(inDays(180), now), { milestone: 180, days_left: 180 })
  assert.deepEqual(certificateMilestone(inDays(150), now), { milestone: 180, days_left: 150 })
  assert.deepEqual(certificateMilestone(inDays(120), now), { milestone: 120, days_left: 120 })
  assert.deepEqual(certificateMilestone(inDays(31), now), { milestone: 120, days_left: 31 })
  assert.deepEqual(certificateMilestone(inDays(30), now), { milestone: 30, days_left: 30 })
  assert.deepEqual(certificateMilestone(inDays(1), now), { milestone: 30, days_left: 1 })
})

test("an expired certificate gets no reminder (the expiry job handles it)", () => {
  assert.equal(certificateMilestone(now, now), null)
  assert.equal(certificateMilestone(inDays(-3), now), null)
})
