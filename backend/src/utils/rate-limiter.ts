import Redis from "ioredis"

/**
 * Counters that expire: how often a client did something in a window (rate limits), and whether it
 * already did something today (a stamp's scan). In Redis when REDIS_URL is set, so that every server
 * process shares them; otherwise in this process's memory, like the rest of the app without Redis.
 */
export interface CounterStore {
  /** One more in the key's window (the first hit opens a window of `windowMs`); the count and time left. */
  hit(key: string, windowMs: number): Promise<{ count: number; resetInMs: number }>
  /** Takes one hit back; a window that has already closed stays closed. */
  undo(key: string): Promise<void>
  clear(key: string): Promise<void>
  /** True the first time the key is seen within `ttlMs`, false on every later call until then. */
  once(key: string, ttlMs: number): Promise<boolean>
}

export type Limit = { max: number; windowMs: number }

/**
 * Counts one attempt against each key. Past any key's limit the attempt is taken back from all of them
 * (a refused attempt does no work, so it should not count) and the answer is the seconds to wait
 * until that window closes; otherwise null. Counting before the work, not after it, stops a burst of
 * simultaneous attempts as surely as a sequence.
 */
export async function admit(store: CounterStore, counted: { key: string; limit: Limit }[]): Promise<number | null> {
  const hits = await Promise.all(counted.map(({ key, limit }) => store.hit(key, limit.windowMs)))
  const waits = hits.filter((hit, i) => hit.count > counted[i].limit.max).map((hit) => hit.resetInMs)
  if (!waits.length) return null
  await Promise.all(counted.map(({ key }) => store.undo(key)))
  return Math.max(1, Math.ceil(Math.max(...waits) / 1000))
}

export class MemoryCounterStore implements CounterStore {
  private readonly entries = new Map<string, { count: number; expiresAt: number }>()
  private sweptAt = 0

  constructor(private readonly now: () => number = Date.now) {}

  async hit(key: string, windowMs: number) {
    const entry = this.live(key) ?? { count: 0, expiresAt: this.now() + windowMs }
    entry.count += 1
    this.entries.set(key, entry)
    return { count: entry.count, resetInMs: entry.expiresAt - this.now() }
  }

  async undo(key: string) {
    const entry = this.live(key)
    if (entry) entry.count = Math.max(0, entry.count - 1)
  }

  async clear(key: string) {
    this.entries.delete(key)
  }

  async once(key: string, ttlMs: number) {
    if (this.live(key)) return false
    this.entries.set(key, { count: 1, expiresAt: this.now() + ttlMs })
    return true
  }

  private live(key: string) {
    const now = this.now()
    // Every address that ever knocked leaves a key: drop the expired ones now and then.
    if (now - this.sweptAt > 60_000) {
      for (const [k, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(k)
      this.sweptAt = now
    }
    const entry = this.entries.get(key)
    return entry && entry.expiresAt > now ? entry : undefined
  }
}

// INCR and the window's expiry in one step, so that no key is ever left without an expiry.
const HIT = `
local count = redis.call("INCR", KEYS[1])
local ttl = redis.call("PTTL", KEYS[1])
if ttl < 0 then
  redis.call("PEXPIRE", KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { count, ttl }`

// DECR on a key that has expired would create it again, with no expiry.
const UNDO = `if redis.call("EXISTS", KEYS[1]) == 1 then redis.call("DECR", KEYS[1]) end return 0`

export class RedisCounterStore implements CounterStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = "ocop:"
  ) {}

  async hit(key: string, windowMs: number) {
    const [count, resetInMs] = (await this.redis.eval(HIT, 1, this.prefix + key, windowMs)) as [number, number]
    return { count, resetInMs }
  }

  async undo(key: string) {
    await this.redis.eval(UNDO, 1, this.prefix + key)
  }

  async clear(key: string) {
    await this.redis.del(this.prefix + key)
  }

  async once(key: string, ttlMs: number) {
    return (await this.redis.set(this.prefix + key, "1", "PX", ttlMs, "NX")) === "OK"
  }
}

let store: CounterStore | undefined

/** The one store of this process: Redis when REDIS_URL is set (as medusa-config.ts decides for Medusa's own modules). */
export function counterStore(): CounterStore {
  store ??= process.env.REDIS_URL ? new RedisCounterStore(new Redis(process.env.REDIS_URL)) : new MemoryCounterStore()
  return store
}
