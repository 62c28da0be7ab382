/**
 * `pnpm bench:feeds [--variants 100000]` — a Meta CSV of a large catalog: time and memory.
 *
 * Uses the benchmark marketplace of `pnpm bench:catalog` (data in .data/bench, ports 9100/8100):
 * generates enough products × 3 packagings that about N packagings are purchasable (1 in 10 of the
 * generated certificates is revoked or lapsed), lists them, then exports the whole catalog as a
 * Meta CSV with `pnpm feeds:export` and reads the file back to check it. Prints Markdown for
 * docs/BENCHMARKS.md.
 */
import { createReadStream } from "node:fs"
import os from "node:os"
import path from "node:path"
import readline from "node:readline"
import { queryDatabase } from "../lib/database.ts"
import { runStep, stopService, tail } from "../lib/processes.ts"
import { CATALOG_BENCH, generateBenchCatalog, medusaExec, startBenchMarketplace } from "./marketplace.ts"

const ROOT = path.resolve(import.meta.dirname, "../..")
const { dataDir: DATA_DIR, logs: LOGS, databaseUrl: DATABASE_URL } = CATALOG_BENCH
const variantsFlag = process.argv.indexOf("--variants")
const VARIANTS = variantsFlag > 0 ? Number(process.argv[variantsFlag + 1]) : 100_000
/** Each generated product has 3 packagings; 9 in 10 of them keep a valid certificate. */
const PRODUCTS = Math.ceil(VARIANTS / 3 / 0.9)

async function main() {
  if (!Number.isInteger(VARIANTS) || VARIANTS < 1)
    throw new Error("--variants takes a positive whole number, e.g. --variants 100000")
  const marketplace = await startBenchMarketplace(CATALOG_BENCH)
  try {
    await generateBenchCatalog(PRODUCTS)
    console.error("Listing the generated products…")
    await medusaExec(CATALOG_BENCH, "Listing re-sync", "./src/scripts/resync-listing.ts", [], "resync.log")
    await queryDatabase(DATABASE_URL, "vacuum analyze")
  } finally {
    // The export runs alone on the machine, against the database the marketplace leaves behind.
    await stopService(marketplace)
  }

  const out = path.join(DATA_DIR, "feeds", "bench-meta.csv")
  const log = path.join(LOGS, "feeds-export-bench.log")
  console.error("Exporting the Meta CSV…")
  await runStep(
    "Feed export",
    path.join(ROOT, "node_modules/.bin/tsx"),
    ["scripts/feeds-export.ts", "--channel", "meta", "--out", out],
    {
      cwd: ROOT,
      env: { ...process.env, OCOP_DATA_DIR: DATA_DIR, EMBEDDED_PG_PORT: String(CATALOG_BENCH.pgPort) },
      log,
    }
  )
  const summary = JSON.parse(
    tail(path.join(DATA_DIR, "logs", "feeds-export.log"), 40)
      .match(/feed export (\{.*\})/g)!
      .at(-1)!
      .replace("feed export ", "")
  )

  // Read back: one line per item after the header, every price "<digits> VND".
  let lines = 0
  let badPrices = 0
  for await (const line of readline.createInterface({ input: createReadStream(out) })) {
    if (lines++ > 0 && !/,\d+ VND,/.test(line)) badPrices++
  }
  console.log(`\n${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}\n`)
  console.log("| feed | items | file | seconds | peak RSS (whole process) | RSS growth during export | peak heap during export |")
  console.log("|---|---|---|---|---|---|---|")
  console.log(
    `| Meta CSV, whole catalog | ${summary.items.toLocaleString("en")} | ${(summary.bytes / 2 ** 20).toFixed(1)} MB | **${summary.seconds}** | ${summary.peak_rss_mb} MB | ${summary.rss_growth_mb} MB | ${summary.peak_heap_mb} MB |`
  )
  console.log(`\nRead back: ${lines - 1} rows, ${badPrices} with a malformed price; warnings ${JSON.stringify(summary.warnings)}`)
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
