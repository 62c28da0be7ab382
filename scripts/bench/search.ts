/**
 * `pnpm bench:search` — catalog search at province scale on both engines, in one run: the catalog of
 * `bench:catalog` (run it once first; it generates 10,000 products), searched by one and by ten clients on
 * PostgreSQL (the default), then on Meilisearch (the npm binary, scripts/lib/meilisearch.ts).
 *
 * Every request is a random search as shoppers spread them: a query of the relevance set (typed, without
 * diacritics, dialect spellings, typos, places), filters part of the time, a sort, a page. Prints the
 * client's time and the server's own search time (`Server-Timing: search`), with the catalog's page
 * cache off so both engines do every search. For Meilisearch also the full reindex time and how long
 * a revoked product takes to leave the search results. Prints Markdown for docs/BENCHMARKS.md.
 */
import { readFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { RELEVANCE_SET } from "../../backend/integration-tests/http/search-relevance.ts"
import { queryDatabase } from "../lib/database.ts"
import { startMeilisearch } from "../lib/meilisearch.ts"
import { stopService } from "../lib/processes.ts"
import { measureServerTimed, percentile, type ServerTimedResult } from "./latency.ts"
import { lighthouse } from "./lighthouse.ts"
import { CATALOG_BENCH, medusaExec, startBenchMarketplace, timeRevocations } from "./marketplace.ts"

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const CLIENTS = 10
const MEILISEARCH_PORT = 7790
const { backend: BACKEND, databaseUrl: DATABASE_URL, logs: LOGS } = CATALOG_BENCH

const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]

/** A random search: a query of the relevance set, sometimes filtered, sorted or paged. */
function randomSearch(provinces: string[]) {
  const params = new URLSearchParams({ q: pick(RELEVANCE_SET).query, limit: "20" })
  if (Math.random() < 0.3) params.set("stars", pick(["3", "4", "5", "4,5"]))
  if (Math.random() < 0.2) params.set("province", pick(provinces))
  if (Math.random() < 0.2) params.set("in_stock", "true")
  if (Math.random() < 0.3) params.set("sort", pick(["newest", "price_asc", "price_desc", "stars"]))
  if (Math.random() < 0.2) params.set("offset", pick(["20", "40"]))
  return `${BACKEND}/store/catalog?${params}`
}

async function main() {
  // Both engines must do every search: an answer kept in memory would measure the cache.
  process.env.CATALOG_CACHE_MS = "0"
  const results: { engine: string; load: ServerTimedResult }[] = []

  const searchAt = async (engine: string) => {
    const [{ token }] = await queryDatabase<{ token: string }>(
      DATABASE_URL,
      "select token from api_key where title = 'Storefront' limit 1"
    )
    const provinces = (
      await queryDatabase<{ province: string }>(
        DATABASE_URL,
        "select distinct province from product_card where province is not null and deleted_at is null"
      )
    ).map((row) => row.province)
    const headers = { "x-publishable-api-key": token }
    // A short warm-up: the first requests compile code paths and fill PostgreSQL's buffers.
    await measureServerTimed("warm-up", () => randomSearch(provinces), {
      connections: CLIENTS,
      seconds: 3,
      headers,
      timing: "search",
    })
    // One client: each search's own cost. Ten: what shoppers meet when they queue for two cores.
    for (const connections of [1, CLIENTS]) {
      const load = await measureServerTimed(`GET /store/catalog?q=… (${engine})`, () => randomSearch(provinces), {
        connections,
        seconds: SECONDS,
        headers,
        timing: "search",
        tallyHeader: "x-search-engine",
      })
      results.push({ engine, load })
    }
    return headers
  }

  console.error("PostgreSQL: starting the marketplace…")
  let marketplace = await startBenchMarketplace(CATALOG_BENCH)
  // How fast this host was as the run began (Lighthouse's CPU benchmark), so a slow number can be put in context.
  const host = lighthouse(`${CATALOG_BENCH.storefront}/products`)
  try {
    await searchAt("postgres")
  } finally {
    await stopService(marketplace)
  }

  console.error("Meilisearch: starting it and the marketplace…")
  const meilisearch = await startMeilisearch({ port: MEILISEARCH_PORT, dir: path.join(CATALOG_BENCH.dataDir, "meilisearch") })
  if ("reason" in meilisearch) throw new Error(`Meilisearch cannot run here: ${meilisearch.reason}`)
  process.env.MEILISEARCH_HOST = meilisearch.host
  process.env.MEILISEARCH_API_KEY = meilisearch.key
  try {
    marketplace = await startBenchMarketplace(CATALOG_BENCH)
    try {
      await medusaExec(CATALOG_BENCH, "Search reindex", "./src/scripts/search-reindex.ts", [], "search-reindex.log")
      const reindex = readFileSync(path.join(LOGS, "search-reindex.log"), "utf8")
        .match(/search reindex done: .*/g)
        ?.at(-1)
      const headers = await searchAt("meilisearch")
      // Read straight from Meilisearch: the route also drops hits whose card is gone, which would hide a lagging index.
      const inSearchIndex = async (productId: string) =>
        (
          await fetch(`${meilisearch.host}/indexes/catalog_cards/documents/${productId}`, {
            headers: { authorization: `Bearer ${meilisearch.key}` },
          })
        ).ok
      const revocations = await timeRevocations(CATALOG_BENCH, headers, 5, inSearchIndex)
      report(reindex ?? "(no reindex line in the log)", revocations)
    } finally {
      await stopService(marketplace)
    }
  } finally {
    await meilisearch.stop()
  }

  function report(reindex: string, revocations: { answered: number; gone: number; indexedOnAnswer?: boolean }[]) {
    console.log(
      `\n${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}; ` +
        `${SECONDS} s per engine and number of clients, catalog page cache off; Lighthouse benchmarkIndex ${host.benchmarkIndex} ` +
        `(load average ${host.loadAverage}) as the run began; the load generator runs on the same cores\n`
    )
    console.log(
      "| engine | clients | requests | errors | answered by | req/s | client p50 ms | client p95 ms | server p50 ms | **server p95 ms** | server p99 ms |"
    )
    console.log("|---|---|---|---|---|---|---|---|---|---|---|")
    for (const { engine, load } of results)
      console.log(
        `| ${engine} | ${load.connections} | ${load.requests} | ${load.errors} | ${Object.entries(load.tally)
          .map(([value, count]) => `${value} ${count}`)
          .join(
            ", "
          )} | ${load.rps} | ${load.p50} | ${load.p95} | ${load.server.p50} | **${load.server.p95}** | ${load.server.p99} |`
      )
    console.log(`\nMeilisearch full reindex: ${reindex.replace("search reindex done: ", "")}`)
    const sorted = (key: "answered" | "gone") => revocations.map((r) => r[key]).sort((a, b) => a - b)
    console.log(
      `\nRevocation → product gone from Meilisearch's results, ${revocations.length} revocations: request answered in ` +
        `p50 ${percentile(sorted("answered"), 50)} ms (max ${sorted("answered").at(-1)}), gone at ` +
        `p50 ${percentile(sorted("gone"), 50)} ms (max ${sorted("gone").at(-1)}) after the request was sent; ` +
        `still in Meilisearch's index when the request returned: ${revocations.filter((r) => r.indexedOnAnswer).length} of ${revocations.length}`
    )
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
