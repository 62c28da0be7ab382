import assert from "node:assert/strict"
import { test } from "node:test"
import {
  CHECK_GROUNDS,
  GROUND_SEVERITY,
  INSPECTION_CHECKS,
  proposeAction,
  VIOLATION_GROUNDS,
  type ProposalInput,
  type ViolationGround,
} from "./inspections"

const inspectedOn = new Date("2026-11-20T00:00:00Z")
const propose = (input: Partial<ProposalInput>) =>
  proposeAction({ grounds: [], inspectedOn, earlierViolations: [], certificateStatus: "valid", ...input })

test("every checklist item names a ground, and every ground has a severity", () => {
  for (const check of INSPECTION_CHECKS) assert.ok(VIOLATION_GROUNDS.includes(CHECK_GROUNDS[check]), check)
  assert.deepEqual(Object.keys(GROUND_SEVERITY).sort(), [...VIOLATION_GROUNDS].sort())
})

const FIRST_FAILURE: [ViolationGround, string][] = [
  ["standard_not_followed", "warning"],
  ["process_not_followed", "warning"],
  ["traceability_missing", "suspension"],
  ["product_differs", "suspension"],
  ["food_safety", "suspension"],
  ["mark_misuse", "revocation"],
  ["false_dossier", "revocation"],
]
for (const [ground, action] of FIRST_FAILURE) {
  test(`a first violation on ground ${ground} proposes ${action} (QĐ 26/2026 art. 8)`, () => {
    const proposal = propose({ grounds: [ground] })
    assert.equal(proposal?.action, action)
    assert.deepEqual(proposal?.grounds, [ground])
  })
}

test("the gravest ground of an inspection decides, and its grounds are listed once", () => {
  const proposal = propose({ grounds: ["process_not_followed", "product_differs", "product_differs"] })
  assert.equal(proposal?.action, "suspension")
  assert.deepEqual(proposal?.grounds, ["process_not_followed", "product_differs"])
  assert.equal(propose({ grounds: ["food_safety", "mark_misuse"] })?.action, "revocation")
})

test("a second violation within 12 months proposes revocation, even a minor one", () => {
  const earlier = [{ found_on: "2026-03-02T00:00:00Z" }]
  assert.equal(propose({ grounds: ["process_not_followed"], earlierViolations: earlier })?.action, "revocation")
  assert.equal(propose({ grounds: ["product_differs"], earlierViolations: earlier })?.action, "revocation")
})

test("the 12-month window counts the same day a year before, not the day before it", () => {
  assert.equal(
    propose({ grounds: ["process_not_followed"], earlierViolations: [{ found_on: "2025-11-20T00:00:00Z" }] })?.action,
    "revocation"
  )
  assert.equal(
    propose({ grounds: ["process_not_followed"], earlierViolations: [{ found_on: "2025-11-19T23:59:59Z" }] })?.action,
    "warning"
  )
  // 29 February − 12 months is 28 February.
  const leap = new Date("2028-02-29T00:00:00Z")
  const earlier = [{ found_on: "2027-02-28T00:00:00Z" }]
  assert.equal(
    propose({ grounds: ["process_not_followed"], inspectedOn: leap, earlierViolations: earlier })?.action,
    "revocation"
  )
})

test("a violation recorded after the inspection's day is not an earlier one", () => {
  const later = [{ found_on: "2026-12-01T00:00:00Z" }]
  assert.equal(propose({ grounds: ["product_differs"], earlierViolations: later })?.action, "suspension")
})

test("a passing re-inspection proposes lifting a suspension, and nothing for a valid certificate", () => {
  assert.equal(propose({ certificateStatus: "suspended" })?.action, "reinstatement")
  assert.equal(propose({ certificateStatus: "valid" }), null)
})

test("a product still failing while suspended proposes revocation", () => {
  assert.equal(propose({ grounds: ["food_safety"], certificateStatus: "suspended" })?.action, "revocation")
})

test("a revoked or expired certificate gets no proposal", () => {
  assert.equal(propose({ grounds: ["mark_misuse"], certificateStatus: "revoked" }), null)
  assert.equal(propose({ certificateStatus: "expired" }), null)
})
