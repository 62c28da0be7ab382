// @ts-check
// Next.js's server cache (`cacheHandler` in next.config.ts, used only when REDIS_URL is set) kept in Redis,
// so every storefront instance reads the same entries and one `revalidateTag` reaches them all. Without
// it each `next start` keeps its own cache on its own disk and a tag expired on one instance is still
// served by the others.
//
// What it holds here: the sitemaps (ISR, hourly, tagged "products") and their backend fetch, and the
// pages that are rendered once (sign-in forms…). The shop's pages are dynamic and read through
// lib/data/shared-read.ts, which has its own cross-instance expiry (shared-read-peers.ts).
//
// Tags: Redis keeps, for each tag, when it was last revalidated; an entry written before any of its tags'
// revalidation is a miss. A revalidation with a profile ("max": stale-while-revalidate) is a miss too:
// the handler API cannot tell Next "stale" for every kind of entry, and a sitemap rendered again once is
// a small price. Times are the instances' clocks: on several machines, keep them synchronised (NTP).
//
// Fail-open: when Redis is unreachable or slow, reads miss and writes are dropped, so pages are rendered
// as if nothing were cached (connection.mjs).
import { readFileSync } from "node:fs"
import path from "node:path"
import { connectOptionalRedis, firstConnection } from "./connection.mjs"

/**
 * @typedef {import("next/dist/server/lib/incremental-cache").CacheHandler} CacheHandler
 * @typedef {import("next/dist/server/lib/incremental-cache").CacheHandlerContext} CacheHandlerContext
 * @typedef {import("next/dist/server/lib/incremental-cache").CacheHandlerValue} CacheHandlerValue
 * @typedef {Parameters<CacheHandler["get"]>[1]} GetContext
 * @typedef {Parameters<CacheHandler["set"]>[1]} SetData
 * @typedef {Parameters<CacheHandler["set"]>[2]} SetContext
 * @typedef {import("ioredis").Redis} Redis
 * @typedef {{ lastModified: number, tags: string[], value: SetData, cacheControl: CacheHandlerValue["cacheControl"] }} StoredEntry
 */

/** Entries nobody asked for in a week leave Redis (an entry that says it expires sooner goes sooner). */
const ENTRY_TTL_SECONDS = 7 * 24 * 3600

/**
 * The handler class Next instantiates (once per request), all instances sharing one Redis connection.
 *
 * @param {{ redis: () => Promise<Redis>, keyPrefix: string, now?: () => number }} options
 *   `keyPrefix` namespaces every key (tests use a random one); entries are further namespaced by the
 *   build, whose pages another build must not serve, while tag revalidations apply to every build.
 */
export function createRedisCacheHandler({ redis, keyPrefix, now = Date.now }) {
  const tagsKey = `${keyPrefix}tags`
  let failing = false

  /** @param {unknown} error @param {Redis} client */
  function reportFailure(error, client) {
    // While the connection is down, connection.mjs has said so already.
    if (failing || client.status !== "ready") return
    failing = true
    console.error("The shared Next.js cache in Redis failed; rendering without it:", error)
  }

  /** @implements {CacheHandler} */
  class RedisCacheHandler {
    /** @param {CacheHandlerContext} context */
    constructor(context) {
      this.entryPrefix = `${keyPrefix}${buildId(context.serverDistDir)}:entry:`
    }

    /**
     * @param {string} key
     * @param {GetContext} context
     * @returns {Promise<CacheHandlerValue | null>}
     */
    async get(key, context) {
      const client = await redis()
      try {
        const text = await client.get(this.entryPrefix + key)
        if (text === null) return null
        /** @type {StoredEntry} */
        const entry = parseEntry(text)
        const tags = context.kind === "FETCH" ? [...entry.tags, ...(context.tags ?? []), ...(context.softTags ?? [])] : entry.tags
        if (tags.length > 0) {
          const revalidatedAt = await client.hmget(tagsKey, ...new Set(tags))
          if (revalidatedAt.some((at) => at !== null && Number(at) >= entry.lastModified)) return null
        }
        failing = false
        // Next's types allow fewer kinds when reading than when writing; it reads back what it wrote.
        const value = /** @type {CacheHandlerValue["value"]} */ (entry.value)
        return { lastModified: entry.lastModified, value, cacheControl: entry.cacheControl }
      } catch (error) {
        reportFailure(error, client)
        return null
      }
    }

    /**
     * @param {string} key
     * @param {SetData} data
     * @param {SetContext} context
     */
    async set(key, data, context) {
      const cacheControl = "cacheControl" in context && !context.fetchCache ? context.cacheControl : undefined
      /** @type {StoredEntry} */
      const entry = { lastModified: now(), tags: entryTags(data, context), value: data, cacheControl }
      const expire = cacheControl?.expire
      const ttl = typeof expire === "number" && expire > 0 ? Math.min(expire, ENTRY_TTL_SECONDS) : ENTRY_TTL_SECONDS
      const client = await redis()
      try {
        await client.set(this.entryPrefix + key, stringifyEntry(entry), "EX", ttl)
        failing = false
      } catch (error) {
        reportFailure(error, client)
      }
    }

    /** @param {string | string[]} tags */
    async revalidateTag(tags) {
      const list = typeof tags === "string" ? [tags] : tags
      if (list.length === 0) return
      const at = now()
      const client = await redis()
      try {
        await client.hset(tagsKey, Object.fromEntries(list.map((tag) => [tag, at])))
        failing = false
      } catch (error) {
        reportFailure(error, client)
      }
    }

    /** Nothing is kept per request. */
    resetRequestCache() {}
  }
  return RedisCacheHandler
}

/**
 * The tags an entry was written under: a fetch's own (`next: { tags }`), or for pages and route
 * handlers the header Next puts them in (explicit tags and the path's implicit ones).
 *
 * @param {SetData} data
 * @param {SetContext} context
 * @returns {string[]}
 */
function entryTags(data, context) {
  if (data?.kind === "FETCH") return [...new Set([...(("tags" in context && context.tags) || []), ...(data.tags ?? [])])]
  const header = data && "headers" in data ? data.headers?.["x-next-cache-tags"] : undefined
  return typeof header === "string" && header !== "" ? header.split(",") : []
}

/** @type {Map<string, string>} */
const buildIds = new Map()

/**
 * Which build writes and reads here: each build has its own pages.
 * @param {string | undefined} serverDistDir
 */
function buildId(serverDistDir) {
  if (!serverDistDir) return "unbuilt"
  let id = buildIds.get(serverDistDir)
  if (id === undefined) {
    try {
      id = readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim()
    } catch {
      id = "unbuilt" // during `next build`, before the ID is written
    }
    buildIds.set(serverDistDir, id)
  }
  return id
}

// Entries hold Buffers (a page's RSC payload, a route's body) and Maps (a page's segment payloads), which
// JSON alone would turn into plain objects: Next then fails on client navigations.

/** @param {StoredEntry} entry */
export function stringifyEntry(entry) {
  /** @this {Record<string, unknown>} @param {string} key @param {unknown} value */
  function replacer(key, value) {
    const raw = this[key] // before Buffer's own toJSON
    if (Buffer.isBuffer(raw)) return { $buffer: raw.toString("base64") }
    if (raw instanceof Map) return { $map: [...raw] }
    return value
  }
  return JSON.stringify(entry, replacer)
}

/** @param {string} text */
export function parseEntry(text) {
  return JSON.parse(text, (_key, /** @type {unknown} */ value) => {
    if (value !== null && typeof value === "object") {
      if ("$buffer" in value && typeof value.$buffer === "string") return Buffer.from(value.$buffer, "base64")
      if ("$map" in value && Array.isArray(value.$map)) return new Map(value.$map)
    }
    return value
  })
}

/** @type {Redis | undefined} */
let processConnection

export default createRedisCacheHandler({
  redis: () => {
    processConnection ??= connectOptionalRedis(process.env.REDIS_URL ?? "", "Next.js cache")
    return firstConnection(processConnection)
  },
  keyPrefix: "ocop:storefront:next:",
})
