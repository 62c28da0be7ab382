import { randomUUID } from "node:crypto"
import { connectOptionalRedis, firstConnection } from "@/lib/redis/connection.mjs"
import { joinSharedReadPeers, type SharedReadPeers, type SharedReads, type TagChange } from "./shared-read"

// Several storefront processes (behind a load balancer) each hold their own shared reads
// (shared-read.ts). A tag one of them expires is published on a Redis channel and every other one applies
// it to its own. Redis pub/sub delivers to whoever listens at that moment: a process cut off from Redis
// misses what was published meanwhile and serves its values until they age out (the reads' `ttlMs`,
// seconds to a minute for products) — the price of serving at all while Redis is down.

export const TAG_CHANNEL = "ocop:storefront:shared-read-tags"

type Message = TagChange & { from: string }

export type SharedReadPeerConnection = SharedReadPeers & {
  /** Settles once this process listens to the others. */
  listening: Promise<void>
  close(): void
}

/** Tells the other processes of tag changes and applies theirs to `reads` (this process's own). */
export function connectSharedReadPeers(
  reads: SharedReads,
  { redisUrl, channel = TAG_CHANNEL }: { redisUrl: string; channel?: string }
): SharedReadPeerConnection {
  const self = randomUUID()
  // Subscribing takes a connection of its own.
  const publisher = connectOptionalRedis(redisUrl, "shared reads (telling)")
  const subscriber = connectOptionalRedis(redisUrl, "shared reads (listening)")
  const sending = new Set<Promise<void>>()

  subscriber.on("message", (_channel: string, text: string) => {
    const message = readMessage(text)
    // This process applied its own change before telling.
    if (!message || message.from === self) return
    if (message.change === "expire") reads.expireTag(message.tag)
    else reads.markTagStale(message.tag)
  })
  const listening = new Promise<void>((resolve) => {
    // On every (re)connection: there is no offline queue to hold the command (connection.mjs).
    subscriber.on("ready", () => {
      subscriber.subscribe(channel).then(
        () => resolve(),
        () => {} // the connection dropped again; its next "ready" tries again
      )
    })
  })

  return {
    listening,
    tell(change) {
      const message: Message = { ...change, from: self }
      const sent = firstConnection(publisher)
        .then((client) => client.publish(channel, JSON.stringify(message)))
        .then(
          () => {},
          (error: unknown) => {
            // While Redis is unreachable, connection.mjs has said so already.
            if (publisher.status === "ready")
              console.error(`Telling the other storefront processes of ${change.change} "${change.tag}" failed:`, error)
          }
        )
      sending.add(sent)
      sent.finally(() => sending.delete(sent))
    },
    async told() {
      await Promise.all(sending)
    },
    close() {
      publisher.disconnect()
      subscriber.disconnect()
    },
  }
}

function readMessage(text: string): Message | null {
  try {
    const message = JSON.parse(text) as Partial<Message> | null
    const valid =
      typeof message?.tag === "string" &&
      typeof message.from === "string" &&
      (message.change === "expire" || message.change === "stale")
    return valid ? (message as Message) : null
  } catch {
    return null
  }
}

/** How long a starting process waits to listen before serving anyway (Redis unreachable). */
const LISTEN_WAIT_MS = 2_000

/** Joins this process's shared reads to the other storefront processes' through Redis (instrumentation.ts). */
export async function startSharedReadPeers(redisUrl: string): Promise<void> {
  let listening: Promise<void> = Promise.resolve()
  joinSharedReadPeers((reads) => {
    const connection = connectSharedReadPeers(reads, { redisUrl })
    listening = connection.listening
    return connection
  })
  await Promise.race([listening, new Promise((resolve) => setTimeout(resolve, LISTEN_WAIT_MS).unref())])
}
