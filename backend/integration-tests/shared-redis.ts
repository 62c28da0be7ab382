import { spawnSync } from "node:child_process"

// Tests of what several backend processes share through Redis need a real one: 127.0.0.1:6379 on the
// development machine and in CI, REDIS_TEST_URL elsewhere. Where none answers they are skipped, saying so.

/** The Redis the tests use, on logical database `db` (a spec that runs Medusa's queues there keeps its own). */
export const redisTestUrl = (db = 0) => `${process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379"}/${db}`

/**
 * Whether a Redis answers at `url`, decided before any test is declared (Jest declares them
 * synchronously); when none does, the reason is written where `--silent` does not hide it.
 */
export function redisAnswers(url: string, suite: string): boolean {
  const probe = `new (require("ioredis"))(process.argv[1], { lazyConnect: true, retryStrategy: () => null })
    .connect().then(() => process.exit(0), () => process.exit(1))`
  const answers = spawnSync(process.execPath, ["-e", probe, url], { timeout: 5_000 }).status === 0
  if (!answers) process.stderr.write(`${suite}: skipped, no Redis answers at ${url}\n`)
  return answers
}

/** What one process tells the others arrives a moment later: resolves once `done()` holds, failing after `ms`. */
export async function until(done: () => boolean | Promise<boolean>, ms = 2_000) {
  const deadline = Date.now() + ms
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
