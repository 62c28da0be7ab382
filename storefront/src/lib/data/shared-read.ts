// Reads every visitor shares (a product's certificates, a producer's page, the region…), cached in this
// server process so that a crowd costs the backend one request per key, not one per visitor:
//
// - single flight: renders that need a key nobody holds wait for the same one request;
// - stale-while-revalidate: after `ttlMs` the old value is still answered, for at most `staleMs`, while
//   one refresh per key runs; only after that does a reader wait again (and then shares the one load);
// - tags: `expireTag` drops every entry read under a tag (the backend's POST /api/revalidate does, when
//   a product leaves the listing, so its page answers 404 at once); `markTagStale` keeps answering the
//   old value while one refresh runs, like Next's `revalidateTag(tag, "max")`;
// - bounded: least recently used entries go first beyond `maxEntries`;
// - errors are never cached: a failed first load rejects every reader who waited for it and the next
//   read tries again; a failed refresh keeps the stale value for the rest of its stale window, trying
//   again at most every `retryAfterFailureMs`.
//
// Reads that use it pass `cache: "no-store"` to the SDK: Next's own data cache (`next: { revalidate }`)
// refetches for every visitor who finds an entry expired (issue 13 measured ~370 identical lookups in
// 15 s from ten clients on one page), and two caches in series would make a value up to both lifetimes
// old and need every expiry sent to both. Here there is one cache, one lifetime and one expiry.
//
// Values are shared by every request of the process: they are frozen, so code that would change one
// (sort in place, add a field) fails loudly instead of changing it for the next visitor.
//
// The cache is per process. When REDIS_URL is set, `expireTag` and `markTagStale` below also reach every
// other storefront process (shared-read-peers.ts, joined in instrumentation.ts), so a product delisted
// through one instance is gone from all of them.

export type SharedReadOptions = {
  /** How long a loaded value is answered without asking the backend again. */
  ttlMs: number
  /** How long after `ttlMs` the old value may still be answered while one refresh runs; `ttlMs` by default. */
  staleMs?: number
  /** Cache tags (e.g. "products") whose expiry drops this entry. */
  tags?: readonly string[]
}

export type SharedReads = {
  /** The value under `key`: cached, shared with a load already under way, or loaded now by `load`. */
  read<T>(key: string, options: SharedReadOptions, load: () => Promise<T>): Promise<T>
  /** Forgets every value read under `tag` (and any load under way for one): the next read loads anew. */
  expireTag(tag: string): void
  /** Makes every value read under `tag` stale: the next read still answers it and starts one refresh. */
  markTagStale(tag: string): void
  /** How many values are held. */
  readonly size: number
}

type Entry = {
  value: unknown
  tags: readonly string[]
  freshUntil: number
  staleUntil: number
  /** After a failed refresh, no other starts before this. */
  retryAt: number
}

type Flight = { promise: Promise<unknown>; tags: readonly string[] }

export function createSharedReads({
  maxEntries,
  now = Date.now,
  retryAfterFailureMs = 2_000,
  onRefreshError = (key, error) =>
    console.error(`Refreshing the cached read "${key}" failed; its previous value is still served:`, error),
}: {
  maxEntries: number
  now?: () => number
  retryAfterFailureMs?: number
  onRefreshError?: (key: string, error: unknown) => void
}): SharedReads {
  // A Map iterates in insertion order: re-inserting on every hit keeps the least recently used first.
  const entries = new Map<string, Entry>()
  const flights = new Map<string, Flight>()

  function store(key: string, value: unknown, options: SharedReadOptions) {
    const loadedAt = now()
    entries.delete(key)
    entries.set(key, {
      value: deepFreeze(value),
      tags: options.tags ?? [],
      freshUntil: loadedAt + options.ttlMs,
      staleUntil: loadedAt + options.ttlMs + (options.staleMs ?? options.ttlMs),
      retryAt: 0,
    })
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries) break
      entries.delete(oldest)
    }
  }

  function startLoad<T>(key: string, options: SharedReadOptions, load: () => Promise<T>): Promise<T> {
    const flight: Flight = { promise: Promise.resolve(), tags: options.tags ?? [] }
    const promise = (async () => {
      await null // registered in `flights` before `load` runs, even when it answers at once
      try {
        const value = await load()
        // Not when a tag expired meanwhile: the value may be from before the change.
        if (flights.get(key) === flight) store(key, value, options)
        return value
      } finally {
        if (flights.get(key) === flight) flights.delete(key)
      }
    })()
    flight.promise = promise
    flights.set(key, flight)
    return promise
  }

  function read<T>(key: string, options: SharedReadOptions, load: () => Promise<T>): Promise<T> {
    const at = now()
    const entry = entries.get(key)
    if (entry && at < entry.staleUntil) {
      entries.delete(key)
      entries.set(key, entry)
      if (at >= entry.freshUntil && at >= entry.retryAt && !flights.has(key)) {
        startLoad(key, options, load).catch((error: unknown) => {
          entry.retryAt = now() + retryAfterFailureMs
          onRefreshError(key, error)
        })
      }
      return Promise.resolve(entry.value as T)
    }
    if (entry) entries.delete(key) // too old to answer
    return (flights.get(key)?.promise as Promise<T> | undefined) ?? startLoad(key, options, load)
  }

  function abandonFlights(tag: string) {
    for (const [key, flight] of flights) if (flight.tags.includes(tag)) flights.delete(key)
  }

  return {
    read,
    expireTag(tag) {
      for (const [key, entry] of entries) if (entry.tags.includes(tag)) entries.delete(key)
      abandonFlights(tag)
    },
    markTagStale(tag) {
      const at = now()
      for (const entry of entries.values()) {
        if (entry.tags.includes(tag)) entry.freshUntil = Math.min(entry.freshUntil, at)
      }
      abandonFlights(tag)
    },
    get size() {
      return entries.size
    },
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const member of Object.values(value)) deepFreeze(member)
  }
  return value
}

/**
 * At most this many values per process. The largest are products (~10–50 KB each as parsed JSON), so the
 * cache stays within a few tens of megabytes however many handles are asked for.
 */
const MAX_ENTRIES = 1_000

/** A tag's shared reads expired or made stale, as one storefront process tells the others. */
export type TagChange = { tag: string; change: "expire" | "stale" }

/** The other storefront processes. */
export type SharedReadPeers = {
  tell(change: TagChange): void
  /** Settles once every change told so far has been sent (at once when the others cannot be reached). */
  told(): Promise<void>
}

// Kept on globalThis: Next.js may bundle this file more than once in one process (pages, route handlers,
// server actions, instrumentation), and POST /api/revalidate must clear the very cache the pages read.
const PROCESS_READS = Symbol.for("ocop.storefront.shared-reads")
const PROCESS_PEERS = Symbol.for("ocop.storefront.shared-read-peers")
type Holder = typeof globalThis & { [PROCESS_READS]?: SharedReads; [PROCESS_PEERS]?: SharedReadPeers }

function processReads(): SharedReads {
  const holder = globalThis as Holder
  holder[PROCESS_READS] ??= createSharedReads({ maxEntries: MAX_ENTRIES })
  return holder[PROCESS_READS]
}

function processPeers(): SharedReadPeers | undefined {
  return (globalThis as Holder)[PROCESS_PEERS]
}

/** From now on this process's tag changes are told to `connect`'s peers, which apply theirs to `reads`. Once per process. */
export function joinSharedReadPeers(connect: (reads: SharedReads) => SharedReadPeers): void {
  const holder = globalThis as Holder
  holder[PROCESS_PEERS] ??= connect(processReads())
}

/**
 * `load()`'s answer, shared by every request of this server process for `ttlMs` (see the top of this
 * file). `key` must name everything the answer depends on (path and query). The value is frozen.
 */
export function sharedRead<T>(key: string, options: SharedReadOptions, load: () => Promise<T>): Promise<T> {
  return processReads().read(key, options, load)
}

/** Drops the values read under `tag`, here and in the other storefront processes; call it wherever Next's `revalidateTag`/`updateTag` expires one. */
export function expireTag(tag: string): void {
  processReads().expireTag(tag)
  processPeers()?.tell({ tag, change: "expire" })
}

/** Marks the values read under `tag` stale, here and in the other processes: answered once more while one refresh runs. */
export function markTagStale(tag: string): void {
  processReads().markTagStale(tag)
  processPeers()?.tell({ tag, change: "stale" })
}

/** Settles once the other storefront processes have been sent every tag change made so far. */
export function tagChangesTold(): Promise<void> {
  return processPeers()?.told() ?? Promise.resolve()
}
