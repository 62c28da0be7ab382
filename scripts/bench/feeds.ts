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
import { runStep, startService, stopService, tail, waitForHttp } from "../lib/processes.ts"

const ROOT = path.resolve(import.meta.dirname, "../..")
const BACKEND_DIR = path.join(ROOT, "backend")
const DATA_DIR = path.join(ROOT, ".data/bench")
const LOGS = path.join(DATA_DIR, "logs")
const DATABASE_URL = "postgres://postgres:postgres@localhost:54332/ocop"
const variantsFlag = process.argv.indexOf("--variants")
const VARIANTS = variantsFlag > 0 ? Number(process.argv[variantsFlag + 1]) : 100_000
/** Each generated product has 3 packagings; 9 in 10 of them keep a valid certificate. */
const PRODUCTS = Math.ceil(VARIANTS / 3 / 0.9)

async function main() {
  if (!Number.isInteger(VARIANTS) || VARIANTS < 1) throw new Error("--variants takes a positive whole number, e.g. --variants 100000")
  const marketplace = startService(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    cwd: ROOT,
    env: { ...process.env, OCOP_DATA_DIR: DATA_DIR, EMBEDDED_PG_PORT: "54332", BACKEND_PORT: "9100", STOREFRONT_PORT: "8100" },
    log: path.join(LOGS, "start.log"),
  })
  try {
    await waitForHttp("http://localhost:8100", "The benchmark marketplace", 20 * 60_000, path.join(LOGS, "start.log"))
    const medusa = path.join(BACKEND_DIR, "node_modules/.bin/medusa")
    const env = { ...process.env, DATABASE_URL, MEDUSA_DISABLE_TELEMETRY: "true" }
    console.error(`Generating ${PRODUCTS} products (resumable; ~45 s per 1,000 the first time)…`)
    await runStep("Catalog generation", medusa, ["exec", "./src/scripts/bench-catalog.ts", String(PRODUCTS)], {
      cwd: BACKEND_DIR,
      env,
      log: path.join(LOGS, "generate.log"),
    })
    console.error("Listing the generated products…")
    await runStep("Listing re-sync", medusa, ["exec", "./src/scripts/resync-listing.ts"], { cwd: BACKEND_DIR, env, log: path.join(LOGS, "resync.log") })
    await queryDatabase(DATABASE_URL, "vacuum analyze")
  } finally {
    // The export runs alone on the machine, against the database the marketplace leaves behind.
    await stopService(marketplace)
  }

  const out = path.join(DATA_DIR, "feeds", "bench-meta.csv")
  const log = path.join(LOGS, "feeds-export-bench.log")
  console.error("Exporting the Meta CSV…")
  await runStep("Feed export", path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/feeds-export.ts", "--channel", "meta", "--out", out], {
    cwd: ROOT,
    env: { ...process.env, OCOP_DATA_DIR: DATA_DIR, EMBEDDED_PG_PORT: "54332" },
    log,
  })
  const summary = JSON.parse(tail(path.join(DATA_DIR, "logs", "feeds-export.log"), 40).match(/feed export (\{.*\})/g)!.at(-1)!.replace("feed export ", ""))

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
