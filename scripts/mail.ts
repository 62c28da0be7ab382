/**
 * `pnpm mail [count]` — the latest e-mails the marketplace sent or owes (default 5), as their recipients
 * read them, with their delivery state: the terminal's view of Admin → Hộp thư. Uses DATABASE_URL, else
 * the embedded database of `pnpm start` (running or not).
 */
import { readFileSync, rmSync } from "node:fs"
import path from "node:path"
import { marketplaceDatabase } from "./lib/database.ts"
import { UserFacingError } from "./lib/errors.ts"
import { runStep } from "./lib/processes.ts"

const ROOT = path.resolve(import.meta.dirname, "..")
const BACKEND = path.join(ROOT, "backend")
const DATA_DIR = path.resolve(ROOT, process.env.OCOP_DATA_DIR ?? ".data")
const PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329)
const LOG = path.join(DATA_DIR, "logs", "mail.log")
const OUT = path.join(DATA_DIR, "mail.txt")

async function main() {
  const count = process.argv[2] ?? "5"
  if (!/^\d{1,3}$/.test(count) || Number(count) < 1)
    throw new UserFacingError(`"${count}" is not a count of e-mails: pnpm mail 10`)
  const { url, stop } = await marketplaceDatabase(DATA_DIR, PORT)
  try {
    rmSync(OUT, { force: true })
    await runStep(
      "Reading the mailbox",
      path.join(BACKEND, "node_modules/.bin/medusa"),
      ["exec", "./src/scripts/print-mail.ts", `count=${count}`, `out=${OUT}`],
      { cwd: BACKEND, env: { ...process.env, DATABASE_URL: url, MEDUSA_DISABLE_TELEMETRY: "true" }, log: LOG }
    )
    process.stdout.write(readFileSync(OUT, "utf8"))
  } finally {
    await stop()
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
