/**
 * `pnpm bench:repair [--products 10000]` — the crash-repair sweep at province scale.
 *
 * Starts the benchmark marketplace (data in .data/bench, ports 9100/8100; its catalog generated the
 * first time, resumable), then times in a `medusa exec` process five quiet sweeps (nothing to repair:
 * the cost every backend pays each minute) and one sweep after 1,000 products' stock changed without
 * the events that refresh their cards. The marketplace runs idle beside it. Prints Markdown.
 */
import { readFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { queryDatabase } from "../lib/database.ts"
import { stopService } from "../lib/processes.ts"
import { CATALOG_BENCH, generateBenchCatalog, medusaExec, startBenchMarketplace } from "./marketplace.ts"

const productsFlag = process.argv.indexOf("--products")
const PRODUCTS = productsFlag > 0 ? Number(process.argv[productsFlag + 1]) : 10_000

async function main() {
  if (!Number.isInteger(PRODUCTS) || PRODUCTS < 1)
    throw new Error("--products takes a positive whole number, e.g. --products 10000")
  const marketplace = await startBenchMarketplace(CATALOG_BENCH)
  try {
    await generateBenchCatalog(PRODUCTS)
    // Generated products are listed by a re-sync (bench:catalog and bench:pages run one too).
    const [{ cards }] = await queryDatabase<{ cards: number }>(
      CATALOG_BENCH.databaseUrl,
      "select count(*)::int as cards from product_card where deleted_at is null"
    )
    if (cards < PRODUCTS * 0.8)
      await medusaExec(CATALOG_BENCH, "Listing re-sync", "./src/scripts/resync-listing.ts", [], "resync.log")
    await medusaExec(CATALOG_BENCH, "Crash-repair benchmark", "./src/scripts/bench-crash-repair.ts", [], "repair.log")
    const line = readFileSync(path.join(CATALOG_BENCH.logs, "repair.log"), "utf8")
      .match(/crash repair bench (\{.*\})/g)!
      .at(-1)!
    const result = JSON.parse(line.replace("crash repair bench ", ""))
    const sorted = [...result.quiet_ms].sort((a: number, b: number) => a - b)
    console.log(
      `\n${os.cpus().length} cores, Node ${process.versions.node}; ${result.cards} catalog cards; the benchmark marketplace idle beside it\n`
    )
    console.log("| sweep | ms | memory (RSS of the exec process) |")
    console.log("|---|---|---|")
    console.log(
      `| quiet (nothing to repair), ${sorted.length} in a row | median ${sorted[Math.floor(sorted.length / 2)]}, max ${sorted.at(-1)} | — |`
    )
    console.log(
      `| after ${result.stale_products} products' stock changed unseen (${result.stale_repairs.cards_refreshed} cards rewritten) | ${result.stale_ms} | ${result.rss_mb_before} → ${result.rss_mb_after} MB |`
    )
  } finally {
    await stopService(marketplace)
  }
}

main().catch((error) => {
  console.error(error?.stack ?? error)
  process.exit(1)
})
