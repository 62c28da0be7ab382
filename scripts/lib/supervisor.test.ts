import assert from "node:assert/strict"
import { test } from "node:test"
import { afterCrash, CRASH_WINDOW_MS, RESTARTS_PER_WINDOW } from "./supervisor.ts"

test("a crashed service is restarted after 1 s, then 2 s and 4 s if it keeps crashing within a minute", () => {
  const now = 1_000_000
  assert.deepEqual(afterCrash([now], now), { restartInMs: 1_000, recent: 1 })
  assert.deepEqual(afterCrash([now - 20_000, now], now), { restartInMs: 2_000, recent: 2 })
  assert.deepEqual(afterCrash([now - 40_000, now - 20_000, now], now), { restartInMs: 4_000, recent: 3 })
})

test(`a service that crashes more than ${RESTARTS_PER_WINDOW} times within a minute is given up on`, () => {
  const now = 1_000_000
  assert.deepEqual(afterCrash([now - 50_000, now - 40_000, now - 20_000, now], now), { giveUp: true, recent: 4 })
})

test("crashes older than a minute are forgotten: a service that ran a while starts over at 1 s", () => {
  const now = 10_000_000
  const longAgo = [now - 5 * CRASH_WINDOW_MS, now - 4 * CRASH_WINDOW_MS, now - 3 * CRASH_WINDOW_MS, now - 2 * CRASH_WINDOW_MS]
  assert.deepEqual(afterCrash([...longAgo, now], now), { restartInMs: 1_000, recent: 1 })
})
