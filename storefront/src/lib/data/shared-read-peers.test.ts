import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import { redisUnavailable, TEST_REDIS_URL, testKeyPrefix } from "@/lib/redis/test-redis"
import { expireTag, joinSharedReadPeers, createSharedReads, tagChangesTold } from "./shared-read"
import { connectSharedReadPeers, type SharedReadPeerConnection } from "./shared-read-peers"

const unavailable = await redisUnavailable()
if (unavailable) console.warn(`Shared reads across storefront processes: tests ${unavailable}`)

const PRODUCT = { ttlMs: 60_000, tags: ["products"] }
const REGION = { ttlMs: 60_000, tags: ["regions"] }

/** Reads `key` until `load` has been asked `times` times, for at most `withinMs`; the milliseconds it took. */
async function untilLoaded(read: () => Promise<unknown>, load: { mock: { calls: unknown[] } }, times: number, withinMs: number) {
  const started = Date.now()
  while (load.mock.calls.length < times && Date.now() - started < withinMs) {
    await read()
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  return Date.now() - started
}

describe.skipIf(unavailable)("shared reads across storefront processes", () => {
  // A channel of its own: other test runs and running storefronts do not hear these tests.
  const channel = `${testKeyPrefix()}tags`
  const connections: SharedReadPeerConnection[] = []

  /** One storefront process: its shared reads and its connection to the others. */
  async function storefrontProcess() {
    const reads = createSharedReads({ maxEntries: 10 })
    const peers = connectSharedReadPeers(reads, { redisUrl: TEST_REDIS_URL, channel })
    connections.push(peers)
    await peers.listening
    return { reads, peers }
  }

  let one: Awaited<ReturnType<typeof storefrontProcess>>
  let two: Awaited<ReturnType<typeof storefrontProcess>>
  beforeAll(async () => {
    one = await storefrontProcess()
    two = await storefrontProcess()
  })
  afterAll(() => {
    for (const connection of connections) connection.close()
  })

  it("a product expired in one process is loaded again by the other within a short time, other tags kept", async () => {
    const product = vi.fn(async () => `v${product.mock.calls.length}`)
    const region = vi.fn(async () => "VND")
    const readProduct = () => two.reads.read("product:banh-ram", PRODUCT, product)
    expect(await readProduct()).toBe("v1")
    await two.reads.read("region:vnd", REGION, region)

    one.reads.expireTag("products")
    one.peers.tell({ tag: "products", change: "expire" })
    await one.peers.told()

    expect(await untilLoaded(readProduct, product, 2, 1_000)).toBeLessThan(500)
    expect(await readProduct()).toBe("v2")
    await two.reads.read("region:vnd", REGION, region)
    expect(region).toHaveBeenCalledTimes(1)
  })

  it("a tag made stale in one process is answered once more by the other while it refreshes", async () => {
    let release = () => {}
    const product = vi.fn(() => new Promise<string>((resolve) => (release = () => resolve("mới"))))
    product.mockResolvedValueOnce("cũ")
    const readProduct = () => two.reads.read("product:keo-cu-do", PRODUCT, product)
    expect(await readProduct()).toBe("cũ")

    one.peers.tell({ tag: "products", change: "stale" })
    await one.peers.told()

    await untilLoaded(readProduct, product, 2, 1_000)
    expect(product).toHaveBeenCalledTimes(2)
    expect(await readProduct()).toBe("cũ") // while the refresh runs
    release()
    await vi.waitFor(async () => expect(await readProduct()).toBe("mới"))
  })

  it("a process does not apply its own message again (which would drop a value loaded since)", async () => {
    const product = vi.fn(async () => `v${product.mock.calls.length}`)
    one.peers.tell({ tag: "products", change: "expire" })
    expect(await one.reads.read("product:nuoc-mam", PRODUCT, product)).toBe("v1")
    await one.peers.told()
    await new Promise((resolve) => setTimeout(resolve, 100)) // the message has come back by now

    expect(await one.reads.read("product:nuoc-mam", PRODUCT, product)).toBe("v1")
    expect(product).toHaveBeenCalledTimes(1)
  })

  it("the process-wide expireTag (POST /api/revalidate's) reaches the other processes once joined", async () => {
    const product = vi.fn(async () => `v${product.mock.calls.length}`)
    const readProduct = () => two.reads.read("product:tra-shan-tuyet", PRODUCT, product)
    await readProduct()
    joinSharedReadPeers((reads) => {
      const connection = connectSharedReadPeers(reads, { redisUrl: TEST_REDIS_URL, channel })
      connections.push(connection)
      return connection
    })
    await connections.at(-1)?.listening

    expireTag("products")
    await tagChangesTold()

    expect(await untilLoaded(readProduct, product, 2, 1_000)).toBeLessThan(500)
  })
})

describe("shared reads across storefront processes without Redis", () => {
  it("telling the other processes neither waits nor throws", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {})
    const peers = connectSharedReadPeers(createSharedReads({ maxEntries: 10 }), {
      redisUrl: "redis://127.0.0.1:1",
      channel: "unheard",
    })
    try {
      const started = Date.now()
      peers.tell({ tag: "products", change: "expire" })
      await peers.told()
      expect(Date.now() - started).toBeLessThan(1_200) // the new connection's one chance to connect
    } finally {
      peers.close()
      errors.mockRestore()
    }
  })
})
