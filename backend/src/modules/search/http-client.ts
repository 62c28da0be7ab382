import http from "node:http"
import https from "node:https"

/** Connections kept open between searches, as fetch keeps them. */
const agents = { "http:": new http.Agent({ keepAlive: true }), "https:": new https.Agent({ keepAlive: true }) }

/**
 * The Meilisearch client's requests over node:http instead of fetch. fetch (undici) writes a request's
 * head and its body separately, and on a kept-alive connection Meilisearch then answers every request
 * after the first only once the kernel's delayed ACK fires: 48 ms per search instead of 1.5 ms,
 * measured on this machine. node:http sends head and body in one write. Answers the parsed JSON, and
 * fails on an error status with Meilisearch's own message; honours the client's timeout signal.
 */
export function meilisearchHttpClient(...[input, init = {}]: Parameters<typeof fetch>): Promise<unknown> {
  const url = new URL(input instanceof Request ? input.url : input)
  // The client sends JSON, NDJSON or CSV as text.
  const body = typeof init.body === "string" ? init.body : undefined
  const headers = Object.fromEntries(new Headers(init.headers).entries())
  if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body))
  const transport = url.protocol === "https:" ? https : http
  return new Promise((resolve, reject) => {
    const request = transport.request(
      url,
      {
        method: init.method ?? "GET",
        headers,
        agent: agents[url.protocol as keyof typeof agents],
        signal: init.signal ?? undefined,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on("data", (chunk: Buffer) => chunks.push(chunk))
        response.on("error", reject)
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8")
          let answer: unknown
          try {
            answer = text ? JSON.parse(text) : undefined
          } catch {
            answer = text
          }
          const status = response.statusCode ?? 500
          if (status < 400) return resolve(answer)
          const message = (answer as { message?: string } | undefined)?.message ?? text
          reject(new Error(`Meilisearch answered ${status}: ${message}`))
        })
      }
    )
    request.on("error", reject)
    request.end(body)
  })
}
