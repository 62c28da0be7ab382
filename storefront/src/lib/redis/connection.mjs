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
    connectionName: `ocop-storefront-${purpose.replace(/[^a-z0-9]+/gi, "-").replace(/-$/, "")}`, // no spaces in a client name
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
  firstConnections.set(
    client,
    new Promise((resolve) => {
      client.once("ready", resolve)
      setTimeout(resolve, FIRST_CONNECTION_WAIT_MS).unref()
    })
  )
  return client
}

/** How long a new connection's first commands wait for it (on one machine it takes a few milliseconds). */
const FIRST_CONNECTION_WAIT_MS = 1_000

/** @type {WeakMap<Redis, Promise<void>>} */
const firstConnections = new WeakMap()

/**
 * Settles once `client` can take commands, or once it has had a second to connect. Without it the first
 * commands of a new connection (the first request a server takes) would fail, there being no queue; after
 * that second Redis counts as unreachable and commands fail at once, so an outage costs a wait only once.
 *
 * @param {Redis} client from connectOptionalRedis
 * @returns {Promise<Redis>}
 */
export async function firstConnection(client) {
  await firstConnections.get(client)
  return client
}
