/**
 * `pnpm bench:catalog [--products 10000]` — the catalog read model on a generated catalog.
 *
 * Starts its own marketplace (`pnpm start` with data in .data/bench, ports 9100/8100), generates
 * N products × 3 packagings next to the demo catalog (resumable: a second run reuses them), then:
 *   1. unlists the generated products and times the full listing re-sync that lists them again;
 *   2. measures, side by side, filtered pages of 20 cards from GET /store/catalog and plain Medusa
 *      GET /store/products?limit=20, with 1 and 10 clients;
 *   3. times how long a revocation takes to reach the catalog.
 * Prints Markdown for docs/BENCHMARKS.md.
 */
import { readFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { queryDatabase } from "../lib/database.ts"
import { stopService } from "../lib/processes.ts"
import { measureLatency, percentile, type LatencyResult } from "./latency.ts"
import { CATALOG_BENCH, generateBenchCatalog, medusaExec, startBenchMarketplace, timeRevocations } from "./marketplace.ts"

const { backend: BACKEND, databaseUrl: DATABASE_URL, logs: LOGS } = CATALOG_BENCH
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const productsFlag = process.argv.indexOf("--products")
const PRODUCTS = productsFlag > 0 ? Number(process.argv[productsFlag + 1]) : 10_000

async function main() {
  if (!Number.isInteger(PRODUCTS) || PRODUCTS < 1)
    throw new Error("--products takes a positive whole number, e.g. --products 10000")
  const marketplace = await startBenchMarketplace(CATALOG_BENCH)
  try {
    await generateBenchCatalog(PRODUCTS)

    // Worst case for the sync: every generated product joins the storefront in one run.
    await queryDatabase(
      DATABASE_URL,
      `with generated as (select id from product where handle like 'bench-%')
       , unlisted as (delete from product_sales_channel where product_id in (select id from generated))
       delete from product_card where id in (select id from generated)`
    )
    console.error("Re-syncing the whole listing…")
    const resyncLog = path.join(LOGS, "resync.log")
    await medusaExec(CATALOG_BENCH, "Listing re-sync", "./src/scripts/resync-listing.ts", [], "resync.log")
    const resync = JSON.parse(
      readFileSync(resyncLog, "utf8")
        .match(/listing re-sync (\{.*\})/g)!
        .at(-1)!
        .replace("listing re-sync ", "")
    )
    // Measure the steady state shoppers meet: autovacuum clears the rows the re-sync replaced.
    await queryDatabase(DATABASE_URL, "vacuum analyze product_card")

    const [{ token }] = await queryDatabase<{ token: string }>(
      DATABASE_URL,
      "select token from api_key where title = 'Storefront' limit 1"
    )
    const [{ count: variants }] = await queryDatabase<{ count: string }>(
      DATABASE_URL,
      "select count(*) from product_variant where deleted_at is null"
    )
    const [{ commune }] = await queryDatabase<{ commune: string }>(
      DATABASE_URL,
      "select commune from product_card where commune is not null group by commune order by count(*) desc limit 1"
    )
    const headers = { "x-publishable-api-key": token }
    const filteredPages = [
      "stars=4",
      "province=Hà Tĩnh&sort=price_asc",
      "product_set=7,9&in_stock=true",
      "q=mat ong",
      "price_min=50000&price_max=200000&sort=price_desc",
      `stars=3,5&commune=${commune}&offset=20`,
    ].map((filters) => `${BACKEND}/store/catalog?${encodeURI(filters)}&limit=20`)

    const latency: LatencyResult[] = []
    for (const connections of [1, 10]) {
      latency.push(
        await measureLatency("GET /store/catalog (6 filtered pages of 20, in turn)", filteredPages, {
          connections,
          seconds: SECONDS,
          headers,
        })
      )
      latency.push(
        await measureLatency("GET /store/products?limit=20 (plain Medusa)", `${BACKEND}/store/products?limit=20`, {
          connections,
          seconds: SECONDS,
          headers,
        })
      )
    }

    const revocations = await timeRevocations(CATALOG_BENCH, headers, 5)

    console.log(
      `\n${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}; catalog: ${resync.products} products, ${variants} variants; ${SECONDS} s per run\n`
    )
    console.log(`Catalog page cache: ${process.env.CATALOG_CACHE_MS ?? "5000 (default)"} ms\n`)
    console.log(
      `Full listing re-sync: ${resync.products} products checked, ${resync.listed} listed, in **${resync.seconds} s**\n`
    )
    console.log("| request | clients | requests | errors | req/s | p50 ms | p95 ms | p99 ms |")
    console.log("|---|---|---|---|---|---|---|---|")
    for (const r of latency)
      console.log(`| ${r.name} | ${r.connections} | ${r.requests} | ${r.errors} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} |`)
    const sorted = (key: "answered" | "gone") => revocations.map((r) => r[key]).sort((a, b) => a - b)
    console.log(
      `\nRevocation → card gone from GET /store/catalog, ${revocations.length} revocations: request answered in ` +
        `p50 ${percentile(sorted("answered"), 50)} ms (max ${sorted("answered").at(-1)}), card gone at ` +
        `p50 ${percentile(sorted("gone"), 50)} ms (max ${sorted("gone").at(-1)}) after the request was sent`
    )
  } finally {
    await stopService(marketplace)
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
