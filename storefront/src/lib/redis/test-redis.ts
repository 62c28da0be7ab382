import { randomUUID } from "node:crypto"
import { once } from "node:events"
import { Redis } from "ioredis"

// For the tests that need a real Redis (the cache handler, the shared reads' expiry messages).

export const TEST_REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379"

/** Why the Redis tests cannot run here, or null when they can. */
export async function redisUnavailable(): Promise<string | null> {
  const probe = new Redis(TEST_REDIS_URL, { lazyConnect: true, connectTimeout: 500, retryStrategy: () => null })
  probe.on("error", () => {})
  try {
    await probe.connect()
    await probe.ping()
    return null
  } catch (error) {
    return `skipped: no Redis at ${TEST_REDIS_URL} (${error instanceof Error ? error.message : error})`
  } finally {
    probe.disconnect()
  }
}

/** A key prefix no other test run uses, so runs cannot see each other's keys. */
export function testKeyPrefix(): string {
  return `ocop:test:${randomUUID()}:`
}

/** Resolves when the connection can take commands. */
export async function connected(client: Redis): Promise<void> {
  if (client.status !== "ready") await once(client, "ready")
}

export async function deleteKeys(client: Redis, prefix: string): Promise<void> {
  const keys = await client.keys(`${prefix}*`)
  if (keys.length > 0) await client.del(...keys)
}
