import Redis from "ioredis"
import { admit, type CounterStore, MemoryCounterStore, RedisCounterStore } from "../rate-limiter"

// The same rules for both stores: process memory (with a clock the test moves) and a real Redis (with
// real time, so windows are short). Redis runs on 127.0.0.1:6379 on the development machine and in
// CI; RATE_LIMIT_TEST_REDIS_URL points the test at another.

type Subject = { store: CounterStore; pass: (ms: number) => Promise<void> }

const LIMIT = { max: 3, windowMs: 1_000 }

function limiterRules(setUp: () => Subject) {
  let store: CounterStore
  let pass: Subject["pass"]
  beforeEach(() => ({ store, pass } = setUp()))

  const attempt = (...keys: string[]) =>
    admit(
      store,
      keys.map((key) => ({ key, limit: LIMIT }))
    )

  it("admits the limit's number of attempts in a window and refuses the next with the seconds until the window closes", async () => {
    for (let i = 0; i < LIMIT.max; i++) expect(await attempt("login:a")).toBeNull()
    expect(await attempt("login:a")).toBe(1)
    expect(await attempt("login:b")).toBeNull() // another key has its own window
  })

  it("admits again once the window has closed", async () => {
    for (let i = 0; i < LIMIT.max; i++) await attempt("login:a")
    expect(await attempt("login:a")).not.toBeNull()
    await pass(LIMIT.windowMs + 100)
    expect(await attempt("login:a")).toBeNull()
  })

  it("stops a burst of simultaneous attempts at the limit", async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => attempt("burst")))
    expect(answers.filter((wait) => wait === null)).toHaveLength(LIMIT.max)
  })

  it("does not count a refused attempt against any of its keys", async () => {
    for (let i = 0; i < LIMIT.max; i++) await attempt("account")
    // Refused by the account's limit: the address keeps its count of zero.
    for (let i = 0; i < 5; i++) expect(await attempt("address", "account")).not.toBeNull()
    for (let i = 0; i < LIMIT.max; i++) expect(await attempt("address")).toBeNull()
    expect(await attempt("address")).not.toBeNull()
  })

  it("takes a hit back, clears a key, and never brings back a closed window", async () => {
    for (let i = 0; i < LIMIT.max; i++) await attempt("k")
    await store.undo("k")
    expect(await attempt("k")).toBeNull()
    await store.clear("k")
    for (let i = 0; i < LIMIT.max; i++) expect(await attempt("k")).toBeNull()

    await pass(LIMIT.windowMs + 100)
    await store.undo("k") // the window has closed: nothing to take back, and no key without expiry left behind
    const hit = await store.hit("k", LIMIT.windowMs)
    expect(hit.count).toBe(1)
    expect(hit.resetInMs).toBeGreaterThan(0)
  })

  it("says yes only the first time a key is seen while it lives", async () => {
    expect(await store.once("scan:s1:client:2026-11-29", LIMIT.windowMs)).toBe(true)
    expect(await store.once("scan:s1:client:2026-11-29", LIMIT.windowMs)).toBe(false)
    expect(await store.once("scan:s1:other:2026-11-29", LIMIT.windowMs)).toBe(true)
    await pass(LIMIT.windowMs + 100)
    expect(await store.once("scan:s1:client:2026-11-29", LIMIT.windowMs)).toBe(true)
  })
}

describe("rate limiter, in process memory", () => {
  limiterRules(() => {
    let now = 1_700_000_000_000
    return {
      store: new MemoryCounterStore(() => now),
      pass: async (ms) => {
        now += ms
      },
    }
  })
})

describe("rate limiter, in Redis", () => {
  const redis = new Redis(process.env.RATE_LIMIT_TEST_REDIS_URL ?? "redis://127.0.0.1:6379", {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
  })
  const prefix = `test:rate-limiter:${process.pid}:${Date.now()}:`
  let run = 0

  beforeAll(async () => {
    await redis.connect().catch((error) => {
      throw new Error(`These tests need Redis at 127.0.0.1:6379 (or RATE_LIMIT_TEST_REDIS_URL): ${error.message}`)
    })
  })

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`)
    if (keys.length) await redis.del(...keys)
    await redis.quit()
  })

  limiterRules(() => ({
    // Each test its own keys, as each memory test has its own store.
    store: new RedisCounterStore(redis, `${prefix}${++run}:`),
    pass: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  }))
})
