import autocannon from "autocannon"

export type LatencyResult = {
  name: string
  connections: number
  requests: number
  errors: number
  rps: number
  p50: number
  p95: number
  p99: number
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/**
 * Load with autocannon, recording every response time ourselves: autocannon's own summary has
 * no p95 and silently drops requests slower than the run window. Several URLs (same origin) are
 * requested in turn by every connection; a function is asked for the next URL (same origin) on every
 * request, e.g. a random product.
 */
export async function measureLatency(
  name: string,
  url: string | string[] | (() => string),
  { connections, seconds, headers = {} }: { connections: number; seconds: number; headers?: Record<string, string> }
): Promise<LatencyResult> {
  const next = typeof url === "function" ? url : undefined
  const urls = (next ? [next()] : [url].flat()).map((u) => new URL(u))
  const pathOf = (u: URL) => u.pathname + u.search
  const requests = next
    ? [{ method: "GET" as const, setupRequest: (request: autocannon.Request) => ({ ...request, path: pathOf(new URL(next())) }) }]
    : urls.map((u) => ({ method: "GET" as const, path: pathOf(u) }))
  const times: number[] = []
  let errors = 0
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      { url: urls[0].origin, requests, connections, duration: seconds, headers, timeout: 30 },
      (error) => (error ? reject(error) : resolve())
    )
    instance.on("response", (_client, status, _bytes, ms) => {
      if (status >= 400) errors++
      times.push(ms)
    })
    instance.on("reqError", () => errors++)
  })
  times.sort((a, b) => a - b)
  return {
    name,
    connections,
    requests: times.length,
    errors,
    rps: Math.round((times.length / seconds) * 10) / 10,
    p50: Math.round(percentile(times, 50)),
    p95: Math.round(percentile(times, 95)),
    p99: Math.round(percentile(times, 99)),
  }
}

export type ServerTimedResult = LatencyResult & {
  /** Percentiles of the server's own time for the work named in its `Server-Timing` header. */
  server: { p50: number; p95: number; p99: number }
  /** How many answers carried each value of a response header the caller asked to tally (e.g. the engine). */
  tally: Record<string, number>
  /** Percentiles of the other `Server-Timing` entries the caller named (a route's steps), over the answers that had them. */
  steps: Record<string, { p50: number; p95: number }>
}

/**
 * `clients` loops, each sending the next URL as soon as its answer is read, for `seconds`: client
 * time plus the server's time for `timing` (its `Server-Timing: <timing>;dur=<ms>` entry), which
 * leaves out what the load generator itself costs on a small machine. `tallyHeader` counts the
 * answers by that header's value. `next` may give a request's own headers too (e.g. a client address);
 * answers with an `expected` status (e.g. 404 for codes meant to be unknown) are not errors. `steps`
 * names further `Server-Timing` entries to report (a route's steps).
 */
export async function measureServerTimed(
  name: string,
  next: () => string | { url: string; headers: Record<string, string> },
  {
    connections,
    seconds,
    headers = {},
    timing,
    tallyHeader,
    expected = [],
    steps = [],
  }: {
    connections: number
    seconds: number
    headers?: Record<string, string>
    timing: string
    tallyHeader?: string
    expected?: number[]
    steps?: string[]
  }
): Promise<ServerTimedResult> {
  const client: number[] = []
  const server: number[] = []
  const tally: Record<string, number> = {}
  let errors = 0
  const until = performance.now() + seconds * 1000
  const entryOf = (name: string) => new RegExp(`(?:^|,)\\s*${name};dur=([0-9.]+)`)
  const entry = entryOf(timing)
  const stepTimes = steps.map((name) => ({ name, entry: entryOf(name), times: [] as number[] }))
  const loop = async () => {
    while (performance.now() < until) {
      const request = next()
      const { url, headers: own } = typeof request === "string" ? { url: request, headers: {} } : request
      const started = performance.now()
      try {
        const response = await fetch(url, { headers: { ...headers, ...own } })
        await response.arrayBuffer()
        client.push(performance.now() - started)
        if (!response.ok && !expected.includes(response.status)) errors++
        const timings = response.headers.get("server-timing") ?? ""
        const dur = timings.match(entry)?.[1]
        if (dur) server.push(Number(dur))
        for (const step of stepTimes) {
          const took = timings.match(step.entry)?.[1]
          if (took) step.times.push(Number(took))
        }
        if (tallyHeader) {
          const value = response.headers.get(tallyHeader) ?? "(none)"
          tally[value] = (tally[value] ?? 0) + 1
        }
      } catch {
        errors++
      }
    }
  }
  await Promise.all(Array.from({ length: connections }, loop))
  const round = (n: number) => Math.round(n * 10) / 10
  client.sort((a, b) => a - b)
  server.sort((a, b) => a - b)
  return {
    name,
    connections,
    requests: client.length,
    errors,
    rps: round(client.length / seconds),
    p50: round(percentile(client, 50)),
    p95: round(percentile(client, 95)),
    p99: round(percentile(client, 99)),
    server: { p50: round(percentile(server, 50)), p95: round(percentile(server, 95)), p99: round(percentile(server, 99)) },
    tally,
    steps: Object.fromEntries(
      stepTimes.map(({ name, times }) => {
        times.sort((a, b) => a - b)
        return [name, { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) }]
      })
    ),
  }
}
