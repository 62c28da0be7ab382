import Redis from "ioredis"

/**
 * A signal every backend process hears, through Redis pub/sub on one channel: what one process changed,
 * the others must stop serving from memory. The sender hears its own signals too.
 *
 * Pub/sub keeps nothing: a process that was disconnected when a signal went out never gets it. So after
 * every reconnection (once subscribed again) the listener is called as if it had heard one.
 */
export class RedisBroadcast {
  private publisher: Redis | null = null
  private subscriber: Redis | null = null

  constructor(
    private readonly redisUrl: string,
    readonly channel: string,
    private readonly warn: (message: string) => void
  ) {}

  /** Calls `heard` on every signal on the channel, from now on (resolves once subscribed). */
  async listen(heard: () => void) {
    // Subscribing again is ours to do (not ioredis's), so that `heard` runs only once it is done.
    const subscriber = new Redis(this.redisUrl, {
      lazyConnect: true,
      autoResubscribe: false,
      connectionName: `${this.channel}:listening`,
    })
    this.subscriber = subscriber
    subscriber.on("error", (error: Error) => this.warn(`Redis (${this.channel}, listening): ${error.message}`))
    subscriber.on("message", (channel: string) => {
      if (channel === this.channel) heard()
    })
    await subscriber.connect()
    await subscriber.subscribe(this.channel)
    subscriber.on("ready", () => {
      subscriber.subscribe(this.channel).then(heard, (error: Error) => this.warn(`Redis (${this.channel}): ${error.message}`))
    })
  }

  /** Sends the signal; resolves with how many listeners (this process's included) Redis handed it to. */
  async signal(): Promise<number> {
    if (!this.publisher) {
      // One retry, not ioredis's twenty: the caller has already done its work and only waits to tell the others.
      this.publisher = new Redis(this.redisUrl, { maxRetriesPerRequest: 1 })
      this.publisher.on("error", (error: Error) => this.warn(`Redis (${this.channel}, signalling): ${error.message}`))
    }
    return this.publisher.publish(this.channel, "")
  }

  /** Closes both connections (a process with an open one does not exit). */
  close() {
    this.subscriber?.disconnect()
    this.publisher?.disconnect()
    this.subscriber = this.publisher = null
  }
}
