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
