/**
 * `pnpm feeds:export --channel meta --out meta.csv [filters…]` — a one-off catalog export from the
 * marketplace's database (see backend/src/scripts/export-feed.ts for every option). Uses
 * DATABASE_URL, else the embedded database of `pnpm start` (running or not).
 */
import path from "node:path"
import { marketplaceDatabase } from "./lib/database.ts"
import { UserFacingError } from "./lib/errors.ts"
import { runStep, tail } from "./lib/processes.ts"

const ROOT = path.resolve(import.meta.dirname, "..")
const BACKEND = path.join(ROOT, "backend")
const DATA_DIR = path.resolve(ROOT, process.env.OCOP_DATA_DIR ?? ".data")
const PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329)
const LOG = path.join(DATA_DIR, "logs", "feeds-export.log")
/** 100,000 packagings: peak ~285 MB resident, 24–35 s (docs/BENCHMARKS.md). */
const EXPORT_HEAP = "--max-old-space-size=160 --max-semi-space-size=2"

/** "--channel meta --in-stock" → "channel=meta in-stock": the words medusa exec passes on to the script. */
function asWords(args: string[]): string[] {
  const words: string[] = []
  for (let i = 0; i < args.length; i++) {
    if (!args[i].startsWith("--")) throw new UserFacingError(`Unexpected "${args[i]}": options look like --channel meta.`)
    const name = args[i].slice(2)
    words.push(args[i + 1] !== undefined && !args[i + 1].startsWith("--") ? `${name}=${args[++i]}` : name)
  }
  return words
}

async function main() {
  const { url, stop } = await marketplaceDatabase(DATA_DIR, PORT)
  try {
    await runStep(
      "The feed export",
      path.join(BACKEND, "node_modules/.bin/medusa"),
      ["exec", "./src/scripts/export-feed.ts", ...asWords(process.argv.slice(2))],
      {
        cwd: BACKEND,
        env: {
          ...process.env,
          DATABASE_URL: url,
          INIT_CWD: process.env.INIT_CWD ?? process.cwd(),
          // Where pnpm start keeps uploaded pictures: the export measures them for its size warnings.
          UPLOADS_DIR: process.env.UPLOADS_DIR ?? path.join(DATA_DIR, "uploads"),
          MEDUSA_DISABLE_TELEMETRY: "true",
          // The export keeps one page of rows at a time; a small heap makes V8 collect each page's garbage
          // at once instead of letting it pile up (uncapped: ~700 MB). Medusa itself needs ~120 MB of it.
          NODE_OPTIONS: process.env.NODE_OPTIONS ?? EXPORT_HEAP,
        },
        log: LOG,
      }
    )
    const summary = tail(LOG, 40)
      .match(/feed export (\{.*\})/g)
      ?.at(-1)
    if (!summary) throw new UserFacingError(`The export finished without a summary; see ${LOG}.`)
    const result = JSON.parse(summary.replace("feed export ", "")) as {
      file: string
      items: number
      seconds: number
      peak_rss_mb: number
      warnings: Record<string, number>
    }
    console.log(
      `${result.items} items → ${path.relative(process.cwd(), result.file) || result.file} in ${result.seconds} s (peak ${result.peak_rss_mb} MB); warnings: ${JSON.stringify(result.warnings)}`
    )
  } finally {
    await stop()
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
