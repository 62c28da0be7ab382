import { describe, expect, it, vi } from "vitest"
import { createSharedReads } from "./shared-read"

/** A clock the test moves by hand. */
function clock(start = 1_000_000) {
  let time = start
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms
    },
  }
}

/** A loader whose answers the test releases one at a time, counting how often it was asked. */
function controlledLoader<T>() {
  const pending: { resolve: (value: T) => void; reject: (error: Error) => void }[] = []
  const load = vi.fn(() => new Promise<T>((resolve, reject) => pending.push({ resolve, reject })))
  return {
    load,
    resolveNext: async (value: T) => {
      pending.shift()!.resolve(value)
      await flush()
    },
    rejectNext: async (error: Error) => {
      pending.shift()!.reject(error)
      await flush()
    },
  }
}

const flush = () => new Promise((resolve) => setImmediate(resolve))

const PRODUCT = { ttlMs: 30_000, staleMs: 30_000, tags: ["products"] }

describe("sharedRead", () => {
  it("asks the backend once when 50 renders need the same product at the same time", async () => {
    const reads = createSharedReads({ maxEntries: 10, now: clock().now })
    const { load, resolveNext } = controlledLoader<string>()

    const answers = Promise.all(Array.from({ length: 50 }, () => reads.read("certificates:p1", PRODUCT, load)))
    await flush()
    await resolveNext("v1")

    expect(await answers).toEqual(Array(50).fill("v1"))
    expect(load).toHaveBeenCalledTimes(1)
    expect(await reads.read("certificates:p1", PRODUCT, load)).toBe("v1")
    expect(load).toHaveBeenCalledTimes(1)
  })

  it("after expiry runs exactly one refresh while 50 concurrent readers get the previous value", async () => {
    const time = clock()
    const reads = createSharedReads({ maxEntries: 10, now: time.now })
    const { load, resolveNext } = controlledLoader<string>()
    const first = reads.read("certificates:p1", PRODUCT, load)
    await flush()
    await resolveNext("v1")
    await first

    time.advance(30_001)
    const answers = await Promise.all(Array.from({ length: 50 }, () => reads.read("certificates:p1", PRODUCT, load)))
    expect(answers).toEqual(Array(50).fill("v1"))
    expect(load).toHaveBeenCalledTimes(2)

    await resolveNext("v2")
    expect(await reads.read("certificates:p1", PRODUCT, load)).toBe("v2")
    expect(load).toHaveBeenCalledTimes(2)
  })

  it("stops answering a stale value after its stale window: readers wait for one shared load", async () => {
    const time = clock()
    const reads = createSharedReads({ maxEntries: 10, now: time.now })
    const { load, resolveNext } = controlledLoader<string>()
    const first = reads.read("region", PRODUCT, load)
    await flush()
    await resolveNext("v1")
    await first

    time.advance(60_001)
    const answers = Promise.all(Array.from({ length: 20 }, () => reads.read("region", PRODUCT, load)))
    await flush()
    await resolveNext("v2")
    expect(await answers).toEqual(Array(20).fill("v2"))
    expect(load).toHaveBeenCalledTimes(2)
  })

  it("forgets a tag's values when it expires, so a delisted product is read anew at once", async () => {
    const reads = createSharedReads({ maxEntries: 10, now: clock().now })
    await reads.read("producer:p1", PRODUCT, async () => ({ name: "HTX Đức Thọ" }))
    await reads.read("region", { ttlMs: 3_600_000, tags: ["regions"] }, async () => "vn")

    reads.expireTag("products")

    const load = vi.fn(async () => null)
    expect(await reads.read("producer:p1", PRODUCT, load)).toBeNull()
    expect(load).toHaveBeenCalledTimes(1)
    const regionLoad = vi.fn(async () => "other")
    expect(await reads.read("region", { ttlMs: 3_600_000, tags: ["regions"] }, regionLoad)).toBe("vn")
    expect(regionLoad).not.toHaveBeenCalled()
  })

  it("does not keep what a load under way returns when its tag expires meanwhile", async () => {
    const reads = createSharedReads({ maxEntries: 10, now: clock().now })
    const before = controlledLoader<string>()
    const pending = reads.read("product:p1", PRODUCT, before.load)
    await flush()

    reads.expireTag("products")
    const after = reads.read("product:p1", PRODUCT, async () => "delisted")
    await before.resolveNext("listed")

    expect(await pending).toBe("listed") // asked before the change
    expect(await after).toBe("delisted")
    expect(await reads.read("product:p1", PRODUCT, async () => "again")).toBe("delisted")
  })

  it("marks a tag's values stale: answered once more while one refresh runs", async () => {
    const reads = createSharedReads({ maxEntries: 10, now: clock().now })
    await reads.read("showrooms:p1", PRODUCT, async () => "5 units")
    reads.markTagStale("products")

    const { load, resolveNext } = controlledLoader<string>()
    expect(await reads.read("showrooms:p1", PRODUCT, load)).toBe("5 units")
    expect(await reads.read("showrooms:p1", PRODUCT, load)).toBe("5 units")
    expect(load).toHaveBeenCalledTimes(1)
    await resolveNext("4 units")
    expect(await reads.read("showrooms:p1", PRODUCT, load)).toBe("4 units")
  })

  it("does not cache a failed load: every waiting reader gets the error and the next read tries again", async () => {
    const reads = createSharedReads({ maxEntries: 10, now: clock().now })
    const { load, rejectNext, resolveNext } = controlledLoader<string>()

    const answers = Promise.allSettled(Array.from({ length: 10 }, () => reads.read("producer:p1", PRODUCT, load)))
    await flush()
    await rejectNext(new Error("backend down"))
    const settled = await answers
    expect(settled.every((answer) => answer.status === "rejected")).toBe(true)
    expect(load).toHaveBeenCalledTimes(1)
    expect(reads.size).toBe(0)

    const retry = reads.read("producer:p1", PRODUCT, load)
    await flush()
    await resolveNext("v1")
    expect(await retry).toBe("v1")
    expect(load).toHaveBeenCalledTimes(2)
  })

  it("keeps serving the stale value when a refresh fails, and waits before trying again", async () => {
    const time = clock()
    const onRefreshError = vi.fn()
    const reads = createSharedReads({ maxEntries: 10, now: time.now, retryAfterFailureMs: 2_000, onRefreshError })
    await reads.read("producer:p1", PRODUCT, async () => "v1")

    time.advance(30_001)
    const { load, rejectNext, resolveNext } = controlledLoader<string>()
    expect(await reads.read("producer:p1", PRODUCT, load)).toBe("v1")
    await rejectNext(new Error("backend down"))
    expect(onRefreshError).toHaveBeenCalledTimes(1)

    expect(await reads.read("producer:p1", PRODUCT, load)).toBe("v1")
    expect(load).toHaveBeenCalledTimes(1) // no retry within 2 s

    time.advance(2_000)
    expect(await reads.read("producer:p1", PRODUCT, load)).toBe("v1")
    expect(load).toHaveBeenCalledTimes(2)
    await resolveNext("v2")
    expect(await reads.read("producer:p1", PRODUCT, load)).toBe("v2")
  })

  it("holds at most maxEntries values, dropping the least recently read first", async () => {
    const reads = createSharedReads({ maxEntries: 3, now: clock().now })
    const value = (key: string) => reads.read(key, PRODUCT, async () => `value of ${key}`)
    await value("a")
    await value("b")
    await value("c")
    await value("a") // read again: now the most recent
    await value("d")

    expect(reads.size).toBe(3)
    const load = vi.fn(async () => "reloaded")
    expect(await reads.read("a", PRODUCT, load)).toBe("value of a")
    expect(await reads.read("b", PRODUCT, load)).toBe("reloaded")
    expect(load).toHaveBeenCalledTimes(1)

    for (let i = 0; i < 10_000; i++) await value(`handle-${i}`)
    expect(reads.size).toBe(3)
  })

  it("freezes the shared value, so one render cannot change it for the next", async () => {
    const reads = createSharedReads({ maxEntries: 10, now: clock().now })
    const producer = await reads.read("producer:p1", PRODUCT, async () => ({ certificates: [{ stars: 4 }] }))
    expect(() => producer.certificates.push({ stars: 5 })).toThrow(TypeError)
    expect(Object.isFrozen(producer.certificates[0])).toBe(true)
  })
})
