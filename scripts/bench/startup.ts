/**
 * `pnpm bench:startup [--rebuild]` — how long `pnpm start` takes until the storefront serves its
 * first page: cold (empty data folder: migrate + seed; with --rebuild also both builds, as on a fresh
 * clone) and warm (second start on the same data). Uses its own data folder and ports 9000/8000.
 */
import { spawn } from "node:child_process"
import { rmSync } from "node:fs"
import path from "node:path"

const ROOT = path.resolve(import.meta.dirname, "../..")
const DATA = ".data/bench-startup"

async function timedStart(label: string) {
  const started = Date.now()
  const child = spawn("pnpm", ["start"], {
    cwd: ROOT,
    env: { ...process.env, OCOP_DATA_DIR: DATA, EMBEDDED_PG_PORT: "54332" },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  })
  let firstPage = 0
  while (!firstPage) {
    if (child.exitCode !== null) throw new Error(`pnpm start exited with ${child.exitCode}`)
    try {
      const response = await fetch("http://localhost:8000/")
      if (response.ok) firstPage = Date.now() - started
    } catch {
      /* not yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  process.kill(-child.pid!, "SIGINT")
  await new Promise((resolve) => child.on("exit", resolve))
  console.log(`${label}: first storefront page after ${(firstPage / 1000).toFixed(1)} s`)
}

const rebuild = process.argv.includes("--rebuild")
rmSync(path.join(ROOT, DATA), { recursive: true, force: true })
if (rebuild) {
  for (const stamp of ["backend/.medusa/server/.build-stamp", "storefront/.next/.build-stamp"]) {
    rmSync(path.join(ROOT, stamp), { force: true })
  }
}
await timedStart(
  rebuild ? "cold start (empty database, backend and storefront builds)" : "cold start (empty database, builds current)"
)
await timedStart("warm restart (same data)")
