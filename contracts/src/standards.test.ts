import assert from "node:assert/strict"
import { test } from "node:test"
import { standardsInForce, type StandardVersion } from "./standards"

const version = (kind: StandardVersion["kind"], effective_on: string, published_at = `${effective_on}T01:00:00Z`, name = "") => ({
  kind,
  effective_on,
  published_at,
  name: name || `${kind} ${effective_on}`,
})

test("the version in force is the latest effective on or before today, per kind", () => {
  const v1 = version("tccs", "2026-01-10")
  const v2 = version("tccs", "2026-06-01")
  const process = version("process", "2025-03-01")
  assert.deepEqual(standardsInForce([v2, process, v1], "2026-12-07"), [v2, process])
})

test("a version effective after today is published but not yet in force: the one before it still is", () => {
  const v1 = version("tccs", "2026-01-10")
  const future = version("tccs", "2026-12-08")
  assert.deepEqual(standardsInForce([v1, future], "2026-12-07"), [v1])
  assert.deepEqual(standardsInForce([v1, future], "2026-12-08"), [future])
})

test("a version takes effect on its day itself", () => {
  const v = version("process", "2026-12-07")
  assert.deepEqual(standardsInForce([v], "2026-12-07"), [v])
})

test("no version in force before the first takes effect", () => {
  assert.deepEqual(standardsInForce([version("tccs", "2027-01-01")], "2026-12-07"), [])
})

test("of two versions effective the same day, the one published last is in force (a corrected file)", () => {
  const first = version("tccs", "2026-05-01", "2026-04-20T08:00:00Z", "first")
  const corrected = version("tccs", "2026-05-01", "2026-04-21T08:00:00Z", "corrected")
  assert.deepEqual(standardsInForce([corrected, first], "2026-12-07"), [corrected])
  assert.deepEqual(standardsInForce([first, corrected], "2026-12-07"), [corrected])
})

test("the TCCS comes before the production process, whatever order the versions were read in", () => {
  const process = version("process", "2026-01-01")
  const tccs = version("tccs", "2026-01-01")
  assert.deepEqual(standardsInForce([process, tccs], "2026-12-07"), [tccs, process])
})
