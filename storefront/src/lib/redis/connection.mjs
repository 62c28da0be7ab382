// @ts-check
// JavaScript, not TypeScript: Next.js loads the cache handler (next-cache-handler.mjs) with Node's own
// import() at run time, outside its bundler, and Node 20 cannot load TypeScript. `@ts-check` and the JSDoc
// types keep it checked by `tsc` like the rest of the storefront.
import { Redis } from "ioredis"

/**
 * A Redis connection the storefront can do without. While Redis is unreachable every command fails at
 * once (no offline queue, a short timeout for a Redis that stopped answering) so pages are served
 * without what Redis adds instead of waiting for it; ioredis keeps reconnecting in the background.
 * The outage is logged once, and its end once, however many reconnection attempts fail in between.
 *
 * @param {string} url e.g. redis://127.0.0.1:6379
 * @param {string} purpose what the connection is for, in its name and log lines
 * @returns {Redis}
 */
export function connectOptionalRedis(url, purpose) {
  const client = new Redis(url, {
    connectionName: `ocop-storefront:${purpose}`,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 500,
    // Capped so that the end of an outage is noticed within two seconds.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  })
  let unreachable = false
  client.on("error", (/** @type {Error} */ error) => {
    if (unreachable) return
    unreachable = true
    console.error(`Redis (${url}) is unreachable for the storefront's ${purpose}; serving without it:`, error.message)
  })
  client.on("ready", () => {
    if (!unreachable) return
    unreachable = false
    console.info(`Redis is reachable again for the storefront's ${purpose}.`)
  })
  return client
}
