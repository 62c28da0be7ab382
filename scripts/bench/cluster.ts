/**
 * `pnpm bench:cluster [--seconds 30]` — the province-scale product-page load through the cluster of
 * `pnpm start:cluster` against one process, on the same machine and the same data (issue 20).
 *
 * Starts the marketplace of `bench:catalog` (10,000 generated products, `.data/bench`, ports 9100/8100,
 * one backend process and one storefront) and loads it with ten clients: storefront product pages and
 * the Store API's product read (`GET /store/catalog/:handle`), every request a random listed product,
 * and catalog pages with random filters, sorts and pages (`GET /store/catalog?…`, as `bench:pages`).
 * Then starts a cluster on the same database (its embedded PostgreSQL keeps running; Redis database 6,
 * ports 9600/8600: nginx in front of 2 servers, 1 worker and 2 storefronts) and runs the same load
 * through nginx. The single marketplace stays up, idle, while the cluster is measured. Prints Markdown
 * for docs/BENCHMARKS.md. Two cores bound both: the cluster buys resilience here, not speed.
 */
import type { ChildProcess } from "node:child_process"
import os from "node:os"
import path from "node:path"
import { queryDatabase } from "../lib/database.ts"
import { stopService } from "../lib/processes.ts"
import { flushRedisDatabase } from "../lib/redis.ts"
import { type FilterChoices, filterChoices, type ListedCard, randomFilters } from "./catalog-filters.ts"
import { type LatencyResult, measureLatency } from "./latency.ts"
import { lighthouse } from "./lighthouse.ts"
import { type BenchMarketplace, CATALOG_BENCH, generateBenchCatalog, medusaExec, startBenchMarketplace } from "./marketplace.ts"

const SECONDS = Number(process.argv.find((arg) => arg.startsWith("--seconds="))?.split("=")[1] ?? 30)
const CLIENTS = 10
const REDIS_URL = "redis://127.0.0.1:6379/6"

const CLUSTER: BenchMarketplace = {
  ...CATALOG_BENCH,
  dataDir: path.join(CATALOG_BENCH.dataDir, "..", "bench-cluster"),
  logs: path.join(CATALOG_BENCH.dataDir, "..", "bench-cluster", "logs"),
  backend: "http://localhost:9600",
  storefront: "http://localhost:8600",
  env: {
    OCOP_DATA_DIR: path.join(CATALOG_BENCH.dataDir, "..", "bench-cluster"),
    DATABASE_URL: CATALOG_BENCH.databaseUrl,
    // The generated catalog's pictures, so that the cluster serves the same pages.
    UPLOADS_DIR: path.join(CATALOG_BENCH.dataDir, "uploads"),
    REDIS_URL,
    BACKEND_PORT: "9600",
    STOREFRONT_PORT: "8600",
  },
}

const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)]

/** Ten clients on random product pages, then on the Store API's product read, then on filtered catalog pages. */
async function productLoad(place: BenchMarketplace, label: string, handles: string[], choices: FilterChoices, token: string) {
  const headers = { "x-publishable-api-key": token }
  const page = () => `${place.storefront}/products/${encodeURIComponent(pick(handles))}`
  const detail = () => `${place.backend}/store/catalog/${encodeURIComponent(pick(handles))}`
  const catalog = () => `${place.backend}/store/catalog?${randomFilters(choices)}`
  // Code loaded and connections warm before anything is timed.
  for (let i = 0; i < 4; i++) {
    await (await fetch(page())).arrayBuffer()
    await (await fetch(detail(), { headers })).arrayBuffer()
  }
  const loadBefore = os.loadavg()[0].toFixed(1)
  const rows: (LatencyResult & { topology: string; load: string })[] = []
  for (const [name, url, withHeaders] of [
    ["storefront product page /products/<random handle>", page, {}],
    ["GET /store/catalog/:handle, random handle", detail, headers],
    ["GET /store/catalog?<random filters, sort, page>", catalog, headers],
  ] as const) {
    const result = await measureLatency(name, url, { connections: CLIENTS, seconds: SECONDS, headers: withHeaders })
    rows.push({ ...result, topology: label, load: loadBefore })
  }
  return rows
}

async function main() {
  let single: ChildProcess | undefined
  let cluster: ChildProcess | undefined
  try {
    single = await startBenchMarketplace(CATALOG_BENCH)
    await generateBenchCatalog(10_000)
    // The generated products are written outside the listing workflows: list them (their cards) first.
    console.error("Listing the generated products…")
    await medusaExec(CATALOG_BENCH, "Listing re-sync", "./src/scripts/resync-listing.ts", [], "resync.log")
    const cards = await queryDatabase<ListedCard & { handle: string }>(
      CATALOG_BENCH.databaseUrl,
      "select handle, title, handle not like 'bench-%' as demo, price_min, province, product_set from product_card where deleted_at is null"
    )
    const handles = cards.map((card) => card.handle)
    const choices = filterChoices(cards)
    const [{ token }] = await queryDatabase<{ token: string }>(
      CATALOG_BENCH.databaseUrl,
      "select token from api_key where title = 'Storefront' and revoked_at is null limit 1"
    )
    const host = lighthouse(`${CATALOG_BENCH.storefront}/products`)
    console.error(`One process: ${CLIENTS} clients, ${SECONDS} s per row…`)
    const rows = await productLoad(CATALOG_BENCH, "1 backend + 1 storefront", handles, choices, token)

    await flushRedisDatabase(REDIS_URL)
    console.error("Starting the cluster on the same database…")
    cluster = await startBenchMarketplace(CLUSTER, ["--cluster"])
    console.error(`Cluster: ${CLIENTS} clients, ${SECONDS} s per row…`)
    rows.push(...(await productLoad(CLUSTER, "nginx → 2 servers + 1 worker, 2 storefronts", handles, choices, token)))

    console.log(
      `\n${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}; ${handles.length} listed products; ` +
        `${SECONDS} s per row, ${CLIENTS} clients; Lighthouse benchmarkIndex ${host.benchmarkIndex} (load average ${host.loadAverage}) as the run began; ` +
        "the load generator runs on the same cores; while the cluster is measured, the one-process marketplace is up and idle\n"
    )
    console.log("| topology | request | requests | errors | req/s | p50 ms | **p95 ms** | p99 ms | load average before |")
    console.log("|---|---|---|---|---|---|---|---|---|")
    for (const row of rows)
      console.log(
        `| ${row.topology} | ${row.name} | ${row.requests} | ${row.errors} | ${row.rps} | ${row.p50} | **${row.p95}** | ${row.p99} | ${row.load} |`
      )
  } finally {
    if (cluster) await stopService(cluster, 30_000)
    if (single) await stopService(single, 30_000)
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
