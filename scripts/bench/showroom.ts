/**
 * `pnpm bench:showroom` — counter sales and showroom reports on a year of generated sales.
 *
 * Starts its own marketplace (`pnpm start` with data in .data/bench-showroom, ports 9200/8200),
 * generates 30 showrooms with a year of movements (resumable), then measures:
 *   1. recording a counter sale (POST /showroom/sales), 1 and 4 clients;
 *   2. the office's overview of all showrooms over the year, and one showroom's report (year, 30 days).
 * Prints Markdown for docs/BENCHMARKS.md.
 */
import os from "node:os"
import { queryDatabase } from "../lib/database.ts"
import { stopService } from "../lib/processes.ts"
import { measureLatency, percentile, type LatencyResult } from "./latency.ts"
import { medusaExec, SHOWROOM_BENCH, startBenchMarketplace } from "./marketplace.ts"

const { backend: BACKEND, databaseUrl: DATABASE_URL } = SHOWROOM_BENCH
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15)
const PASSWORD = "ocop-demo-2026"

async function login(actor: "user" | "showroom_staff", email: string) {
  const response = await fetch(`${BACKEND}/auth/${actor}/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  if (!response.ok) throw new Error(`${email} could not log in: ${response.status}`)
  const { token } = (await response.json()) as { token: string }
  return { authorization: `Bearer ${token}`, "content-type": "application/json" }
}

/** Counter sales of one unit each, by `clients` tills at once, for SECONDS; every response time kept. */
async function measureSales(staff: Record<string, string>, variantIds: string[], clients: number): Promise<LatencyResult> {
  const times: number[] = []
  let errors = 0
  const until = performance.now() + SECONDS * 1000
  await Promise.all(
    Array.from({ length: clients }, async (_, till) => {
      for (let n = till; performance.now() < until; n += clients) {
        const started = performance.now()
        const response = await fetch(`${BACKEND}/showroom/sales`, {
          method: "POST",
          headers: staff,
          body: JSON.stringify({
            lines: [{ variant_id: variantIds[n % variantIds.length], quantity: 1 }],
            payment_method: "cash",
          }),
        })
        await response.arrayBuffer()
        times.push(performance.now() - started)
        if (!response.ok) errors++
      }
    })
  )
  const sorted = times.sort((a, b) => a - b)
  const ms = (p: number) => Math.round(percentile(sorted, p))
  return {
    name: "POST /showroom/sales (1 line, cash)",
    connections: clients,
    requests: times.length,
    errors,
    rps: Math.round((times.length / SECONDS) * 10) / 10,
    p50: ms(50),
    p95: ms(95),
    p99: ms(99),
  }
}

async function main() {
  const marketplace = await startBenchMarketplace(SHOWROOM_BENCH)
  try {
    console.error("Generating 30 showrooms with a year of sales (resumable)…")
    await medusaExec(SHOWROOM_BENCH, "Showroom year", "./src/scripts/bench-showroom.ts", [], "generate.log")
    await queryDatabase(DATABASE_URL, "vacuum analyze stock_movement")
    const [{ count: movements }] = await queryDatabase<{ count: string }>(
      DATABASE_URL,
      "select count(*) from stock_movement where deleted_at is null"
    )
    const [{ count: sales }] = await queryDatabase<{ count: string }>(
      DATABASE_URL,
      "select count(distinct order_id) from stock_movement where kind = 'sale' and deleted_at is null"
    )

    const admin = await login("user", "admin@ocop.local")
    const staff = await login("showroom_staff", "quay.cho-ha-tinh@ocop.local")
    // Enough on the shelf for every sale the run can make.
    const { stock } = (await (await fetch(`${BACKEND}/showroom/stock`, { headers: staff })).json()) as {
      stock: { sku: string; variant_id: string }[]
    }
    const receipt = await fetch(`${BACKEND}/showroom/receipts`, {
      method: "POST",
      headers: staff,
      body: JSON.stringify({ lines: stock.map((line) => ({ sku: line.sku, quantity: 100_000 })) }),
    })
    if (!receipt.ok) throw new Error(`Could not stock the counter: ${await receipt.text()}`)

    const results: LatencyResult[] = []
    for (const clients of [1, 4])
      results.push(
        await measureSales(
          staff,
          stock.map((line) => line.variant_id),
          clients
        )
      )

    // The busiest showroom: its report reads the most rows.
    const [{ id: showroomId }] = await queryDatabase<{ id: string }>(
      DATABASE_URL,
      "select showroom_id as id from stock_movement group by showroom_id order by count(*) desc limit 1"
    )
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
    const year = `from=${day(Date.now() - 365 * 86_400_000)}&to=${day(Date.now())}`
    const reads: [string, string, Record<string, string>][] = [
      ["GET /admin/showrooms/overview (30 showrooms, 1 year)", `${BACKEND}/admin/showrooms/overview?${year}`, admin],
      ["GET /admin/showrooms/overview?format=csv (1 year)", `${BACKEND}/admin/showrooms/overview?${year}&format=csv`, admin],
      ["GET /admin/showrooms/:id/report (1 showroom, 1 year)", `${BACKEND}/admin/showrooms/${showroomId}/report?${year}`, admin],
      ["GET /showroom/reports (staff, last 30 days)", `${BACKEND}/showroom/reports`, staff],
    ]
    for (const [name, url, headers] of reads) {
      for (const connections of [1, 4]) results.push(await measureLatency(name, url, { connections, seconds: SECONDS, headers }))
    }

    console.log(
      `\n${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}; ${movements} movement rows, ${sales} sales over a year in 30 showrooms; ${SECONDS} s per run\n`
    )
    console.log("| request | clients | requests | errors | req/s | p50 ms | p95 ms | p99 ms |")
    console.log("|---|---|---|---|---|---|---|---|")
    for (const r of results)
      console.log(`| ${r.name} | ${r.connections} | ${r.requests} | ${r.errors} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} |`)
  } finally {
    await stopService(marketplace)
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
