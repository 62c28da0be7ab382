/**
 * `pnpm bench` — storefront and store API speed on the demo catalog of a running marketplace
 * (start it first with `pnpm start`). Prints a Markdown table for docs/BENCHMARKS.md.
 *
 *   pnpm bench                 latency of GET /store/products and the product page (server render)
 *   pnpm bench --lighthouse    also Lighthouse (mobile, simulated throttling): the median of
 *                              LIGHTHOUSE_RUNS (5) runs of the home page, the catalog, a product page
 *                              and a cart with one item, with each run's benchmarkIndex and load average
 */
import { gzipSync } from "node:zlib"
import os from "node:os"
import { queryDatabase } from "../lib/database.ts"
import { measureLatency, type LatencyResult } from "./latency.ts"
import { lighthouseMedian, type LighthouseMedian } from "./lighthouse.ts"

const BACKEND = process.env.BACKEND_URL ?? "http://localhost:9000"
const STOREFRONT = process.env.STOREFRONT_URL ?? "http://localhost:8000"
const DATABASE_URL = process.env.DATABASE_URL ?? "postgres://postgres:postgres@localhost:54329/ocop"
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15)
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5)

async function main() {
  const [{ token }] = await queryDatabase<{ token: string }>(
    DATABASE_URL,
    "select token from api_key where title = 'Storefront' limit 1"
  )
  const [{ id: regionId }] = await queryDatabase<{ id: string }>(
    DATABASE_URL,
    "select id from region where name = 'Việt Nam' limit 1"
  )
  const [{ handle }] = await queryDatabase<{ handle: string }>(
    DATABASE_URL,
    `select p.handle from product p join product_sales_channel psc on psc.product_id = p.id
     where p.deleted_at is null and psc.deleted_at is null order by p.handle limit 1`
  )
  const storeProducts = `${BACKEND}/store/products?limit=20&region_id=${regionId}&fields=*variants.calculated_price`
  const productPage = `${STOREFRONT}/products/${handle}`
  const headers = { "x-publishable-api-key": token }

  const results: LatencyResult[] = []
  for (const connections of [1, 10]) {
    results.push(await measureLatency("GET /store/products?limit=20", storeProducts, { connections, seconds: SECONDS, headers }))
    await settle()
    results.push(await measureLatency(`product page /products/${handle}`, productPage, { connections, seconds: SECONDS }))
    await settle()
  }

  console.log(
    `\n${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, ${SECONDS} s per run\n`
  )
  console.log("| request | clients | requests | errors | req/s | p50 ms | p95 ms | p99 ms |")
  console.log("|---|---|---|---|---|---|---|---|")
  for (const r of results) {
    console.log(`| ${r.name} | ${r.connections} | ${r.requests} | ${r.errors} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} |`)
  }

  console.log("\n| page | First Load JS (gzip) | HTML (gzip) |")
  console.log("|---|---|---|")
  for (const [name, url] of [
    ["home", `${STOREFRONT}/`],
    ["catalog", `${STOREFRONT}/products`],
    ["product", productPage],
  ]) {
    const { js, html } = await firstLoad(url)
    console.log(`| ${name} | ${kB(js)} | ${kB(html)} |`)
  }

  if (process.argv.includes("--lighthouse")) {
    const cartCookie = await cartWithOneItem({ token, regionId })
    const pages: [string, string, Record<string, string>?][] = [
      ["home", `${STOREFRONT}/`],
      ["catalog", `${STOREFRONT}/products`],
      ["product", productPage],
      ["cart, one item", `${STOREFRONT}/cart`, { Cookie: cartCookie }],
    ]
    const results: [string, LighthouseMedian][] = []
    for (const [name, url, headers] of pages) {
      console.error(`Lighthouse: ${LIGHTHOUSE_RUNS} runs of ${url}…`)
      results.push([name, await lighthouseMedian(url, { runs: LIGHTHOUSE_RUNS, headers })])
    }
    console.log(`\nLighthouse mobile, simulated throttling, median of ${LIGHTHOUSE_RUNS} runs\n`)
    console.log(
      "| page | performance | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS | benchmarkIndex | load average |"
    )
    console.log("|---|---|---|---|---|---|---|---|---|---|---|")
    for (const [name, r] of results) {
      console.log(
        `| ${name} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} | ${range(r.benchmarkIndexes)} | ${range(r.loadAverages)} |`
      )
    }
    console.log("\nThe median run of each page (performance scores of all runs; LCP element and phases, ms; longest tasks):\n")
    for (const [name, { runs, medianRun: run }] of results) {
      const tasks = run.longTasks.map((t) => `${t.url.replace(STOREFRONT, "") || "(no script)"} ${t.duration} ms`).join(", ")
      console.log(
        `- ${name}: ${runs.map((r) => r.performance).join(", ")}; LCP \`${run.lcpElement?.selector ?? "?"}\` (${run.lcpElement?.phases ?? ""}); ${tasks || "no long task"}`
      )
      if (run.failed.length) console.log(`  not passed: ${run.failed.join(", ")}`)
    }
  }
}

const range = (values: number[]) => `${Math.min(...values)}–${Math.max(...values)}`

/**
 * A cart holding one in-stock packaging of the first listed product, made through the store API the
 * way the storefront makes one; returned as the cookie the storefront reads the cart id from.
 */
async function cartWithOneItem({ token, regionId }: { token: string; regionId: string }) {
  const [{ id: variantId }] = await queryDatabase<{ id: string }>(
    DATABASE_URL,
    `select p->>'id' as id from product_card c, jsonb_array_elements(c.packagings) p
     where c.deleted_at is null and (p->>'in_stock')::boolean order by c.handle limit 1`
  )
  const store = async (route: string, body: unknown) => {
    const response = await fetch(`${BACKEND}${route}`, {
      method: "POST",
      headers: { "x-publishable-api-key": token, "content-type": "application/json" },
      body: JSON.stringify(body),
    })
    const answer = (await response.json()) as { cart: { id: string }; message?: string }
    if (!response.ok) throw new Error(`POST ${route}: ${response.status} ${answer.message}`)
    return answer.cart
  }
  const cart = await store("/store/carts?fields=id", { region_id: regionId })
  await store(`/store/carts/${cart.id}/line-items?fields=id`, { variant_id: variantId, quantity: 1 })
  return `_ocop_cart_id=${cart.id}`
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

/** What a first visit downloads to run the page: the HTML and every script it loads, gzipped. */
async function firstLoad(url: string) {
  const html = await (await fetch(url)).text()
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => new URL(m[1], url).toString())
  const sizes = await Promise.all(
    [...new Set(scripts)].map(async (src) => gzipSync(Buffer.from(await (await fetch(src)).arrayBuffer())).length)
  )
  return { js: sizes.reduce((a, b) => a + b, 0), html: gzipSync(html).length }
}

/** An overloaded run leaks into the next one: let the machine settle between runs. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 3_000))

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
