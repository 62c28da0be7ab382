/**
 * `pnpm search:reindex` — builds the Meilisearch catalog index afresh from the marketplace's cards
 * (backend/src/scripts/search-reindex.ts), printing progress. Uses MEILISEARCH_HOST/MEILISEARCH_API_KEY,
 * else the Meilisearch `pnpm start --search meilisearch` runs; DATABASE_URL, else the embedded database.
 */
import { spawn } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { marketplaceDatabase } from "./lib/database.ts"
import { UserFacingError } from "./lib/errors.ts"

const ROOT = path.resolve(import.meta.dirname, "..")
const BACKEND = path.join(ROOT, "backend")
const DATA_DIR = path.resolve(ROOT, process.env.OCOP_DATA_DIR ?? ".data")
const PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329)

/** The Meilisearch to index into: the configured one, or the one `pnpm start --search meilisearch` keeps in .data. */
function meilisearchConfig() {
  if (process.env.MEILISEARCH_HOST)
    return { MEILISEARCH_HOST: process.env.MEILISEARCH_HOST, MEILISEARCH_API_KEY: process.env.MEILISEARCH_API_KEY ?? "" }
  const keyFile = path.join(DATA_DIR, "meilisearch", "master-key")
  if (!existsSync(keyFile))
    throw new UserFacingError(
      "No Meilisearch: set MEILISEARCH_HOST (and MEILISEARCH_API_KEY), or run `pnpm start --search meilisearch`."
    )
  return {
    MEILISEARCH_HOST: `http://127.0.0.1:${process.env.MEILISEARCH_PORT ?? 7700}`,
    MEILISEARCH_API_KEY: readFileSync(keyFile, "utf8").trim(),
  }
}

async function main() {
  const search = meilisearchConfig()
  const { url, stop } = await marketplaceDatabase(DATA_DIR, PORT)
  try {
    const child = spawn(path.join(BACKEND, "node_modules/.bin/medusa"), ["exec", "./src/scripts/search-reindex.ts"], {
      cwd: BACKEND,
      env: { ...process.env, ...search, DATABASE_URL: url, MEDUSA_DISABLE_TELEMETRY: "true" },
      stdio: ["ignore", "pipe", "inherit"],
    })
    // Medusa's own start-up lines are noise here: only the reindex's progress is shown.
    child.stdout.setEncoding("utf8")
    child.stdout.on("data", (chunk: string) => {
      for (const line of chunk.split("\n"))
        if (line.startsWith("search reindex")) console.log(line.replace("search reindex", "").replace(/^[: ]+/, ""))
    })
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve))
    if (code !== 0)
      throw new UserFacingError(`The reindex failed (exit ${code}); is Meilisearch running at ${search.MEILISEARCH_HOST}?`)
  } finally {
    await stop()
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
