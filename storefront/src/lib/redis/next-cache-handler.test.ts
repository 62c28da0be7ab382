import type { Redis } from "ioredis"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import { connectOptionalRedis, firstConnection } from "./connection.mjs"
import { createRedisCacheHandler } from "./next-cache-handler.mjs"
import { connected, deleteKeys, redisUnavailable, TEST_REDIS_URL, testKeyPrefix } from "./test-redis"

type Handler = InstanceType<ReturnType<typeof createRedisCacheHandler>>
type GetContext = Parameters<Handler["get"]>[1]
type SetData = Parameters<Handler["set"]>[1]
type SetContext = Parameters<Handler["set"]>[2]

// Next's kinds are const enums, which these tests cannot import as values.
const fetchRead = (tags: string[], softTags: string[] = []) => ({ kind: "FETCH", tags, softTags }) as unknown as GetContext
const routeRead = { kind: "APP_ROUTE" } as unknown as GetContext
const pageRead = { kind: "APP_PAGE" } as unknown as GetContext
const fetchWrite = (tags: string[]) => ({ fetchCache: true, tags }) as SetContext
const responseWrite = { cacheControl: { revalidate: 3600, expire: undefined } } as SetContext

const fetched = (body: string, tags: string[]) =>
  ({
    kind: "FETCH",
    data: { headers: {}, body, url: "http://backend/store/products", status: 200 },
    tags,
    revalidate: 3600,
  }) as unknown as SetData

const unavailable = await redisUnavailable()
if (unavailable) console.warn(`Shared Next.js cache tests ${unavailable}`)

describe.skipIf(unavailable)("the shared Next.js cache in Redis", () => {
  const keyPrefix = testKeyPrefix()
  // Instances on one machine share a clock; one that only moves forward keeps same-millisecond writes apart.
  let time = Date.now()
  const now = () => ++time
  const connections: Redis[] = []

  /** A handler as one storefront process has it: its own Redis connection. */
  async function instance(): Promise<Handler> {
    const redis = connectOptionalRedis(TEST_REDIS_URL, "test")
    connections.push(redis)
    await connected(redis)
    const Handler = createRedisCacheHandler({ redis: async () => redis, keyPrefix, now })
    return new Handler({ revalidatedTags: [], _requestHeaders: {} })
  }

  let a: Handler
  let b: Handler
  beforeAll(async () => {
    a = await instance()
    b = await instance()
  })
  afterAll(async () => {
    await deleteKeys(connections[0], keyPrefix)
    for (const redis of connections) redis.disconnect()
  })

  it("serves a page one instance rendered from another, its RSC payload and segments intact", async () => {
    const page = {
      kind: "APP_PAGE",
      html: "<html>Đăng nhập</html>",
      rscData: Buffer.from([0, 1, 2, 255]),
      status: 200,
      postponed: undefined,
      headers: { "x-next-cache-tags": "_N_T_/layout,_N_T_/tai-khoan/dang-nhap" },
      segmentData: new Map([["/_tree", Buffer.from("tree")]]),
    } as unknown as SetData
    await a.set("/tai-khoan/dang-nhap", page, responseWrite)

    const read = await b.get("/tai-khoan/dang-nhap", pageRead)

    expect(read?.value).toEqual(page)
    const value = read?.value as { rscData: Buffer; segmentData: Map<string, Buffer> }
    expect(Buffer.isBuffer(value.rscData)).toBe(true)
    expect(value.segmentData.get("/_tree")?.toString()).toBe("tree")
    expect(read?.cacheControl).toEqual({ revalidate: 3600 })
    expect(await b.get("/never-written", pageRead)).toBeNull()
  })

  it("makes every instance miss what was cached under a tag one instance revalidated, and only that", async () => {
    await a.set("products-fetch", fetched("[sản phẩm]", ["products"]), fetchWrite(["products"]))
    await a.set("regions-fetch", fetched("[vùng]", ["regions"]), fetchWrite(["regions"]))
    expect(await b.get("products-fetch", fetchRead(["products"]))).not.toBeNull()

    await a.revalidateTag("products")

    expect(await b.get("products-fetch", fetchRead(["products"]))).toBeNull()
    expect(await a.get("products-fetch", fetchRead(["products"]))).toBeNull()
    expect(await b.get("regions-fetch", fetchRead(["regions"]))).not.toBeNull()
    // Written again after the revalidation: served again.
    await b.set("products-fetch", fetched("[sản phẩm mới]", ["products"]), fetchWrite(["products"]))
    const again = await a.get("products-fetch", fetchRead(["products"]))
    expect(again?.value).toMatchObject({ data: { body: "[sản phẩm mới]" } })
  })

  it("expires a route handler's response by the tags in its header (the sitemap reads products)", async () => {
    const sitemap = {
      kind: "APP_ROUTE",
      body: Buffer.from("<urlset/>"),
      status: 200,
      headers: { "content-type": "application/xml", "x-next-cache-tags": "products,_N_T_/sitemap/0.xml" },
    } as unknown as SetData
    await a.set("/sitemap/0.xml", sitemap, responseWrite)
    expect((await b.get("/sitemap/0.xml", routeRead))?.value).toMatchObject({ body: Buffer.from("<urlset/>") })

    await b.revalidateTag(["regions", "products"])

    expect(await a.get("/sitemap/0.xml", routeRead)).toBeNull()
  })

  it("keeps what a server writes and revalidates while its connection is still being made (its first request)", async () => {
    const redis = connectOptionalRedis(TEST_REDIS_URL, "test")
    connections.push(redis)
    const Handler = createRedisCacheHandler({ redis: () => firstConnection(redis), keyPrefix, now })
    const starting = new Handler({ revalidatedTags: [], _requestHeaders: {} })

    await starting.set("first-fetch", fetched("[]", ["first"]), fetchWrite(["first"]))
    expect(await b.get("first-fetch", fetchRead(["first"]))).not.toBeNull()
    await starting.revalidateTag("first")
    expect(await b.get("first-fetch", fetchRead(["first"]))).toBeNull()
  })

  it("checks the tags a fetch is read under, its path's implicit tags included (revalidatePath)", async () => {
    await a.set("sitemap-fetch", fetched("[]", []), fetchWrite([]))
    expect(await b.get("sitemap-fetch", fetchRead([], ["_N_T_/sitemap.xml"]))).not.toBeNull()

    await a.revalidateTag("_N_T_/sitemap.xml")

    expect(await b.get("sitemap-fetch", fetchRead([], ["_N_T_/sitemap.xml"]))).toBeNull()
  })
})

describe("the shared Next.js cache without Redis", () => {
  it("renders as if nothing were cached, and says so once", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {})
    const redis = connectOptionalRedis("redis://127.0.0.1:1", "test") // nothing listens on port 1
    try {
      const Handler = createRedisCacheHandler({ redis: () => firstConnection(redis), keyPrefix: testKeyPrefix() })
      const handler = new Handler({ revalidatedTags: [], _requestHeaders: {} })
      let started = Date.now()
      await handler.set("k", fetched("[]", ["products"]), fetchWrite(["products"]))
      expect(Date.now() - started).toBeLessThan(1_200) // the new connection's one chance to connect

      started = Date.now()
      await handler.revalidateTag("products")
      expect(await handler.get("k", fetchRead(["products"]))).toBeNull()
      expect(Date.now() - started).toBeLessThan(100)
      expect(errors).toHaveBeenCalledTimes(1) // however many reconnection attempts failed meanwhile
    } finally {
      redis.disconnect()
      errors.mockRestore()
    }
  })
})
