/**
 * The benchmark marketplaces: `pnpm start` on data of their own and on ports that leave a running
 * shop alone, started the way a user starts it, plus the `medusa exec` steps the benchmarks run on them.
 */
import type { ChildProcess } from "node:child_process"
import path from "node:path"
import { UserFacingError } from "../lib/errors.ts"
import { runStep, startService, stopService, tail, waitForHttp } from "../lib/processes.ts"

const ROOT = path.resolve(import.meta.dirname, "../..")
const BACKEND_DIR = path.join(ROOT, "backend")
const ADMIN = { email: "admin@ocop.local", password: "ocop-demo-2026" }

export type BenchMarketplace = {
  dataDir: string
  logs: string
  pgPort: number
  backend: string
  storefront: string
  databaseUrl: string
  env: Record<string, string>
}

export function benchMarketplace(folder: string, pgPort: number, backendPort: number, storefrontPort: number): BenchMarketplace {
  const dataDir = path.join(ROOT, ".data", folder)
  return {
    dataDir,
    logs: path.join(dataDir, "logs"),
    pgPort,
    backend: `http://localhost:${backendPort}`,
    storefront: `http://localhost:${storefrontPort}`,
    databaseUrl: `postgres://postgres:postgres@localhost:${pgPort}/ocop`,
    env: {
      OCOP_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      BACKEND_PORT: String(backendPort),
      STOREFRONT_PORT: String(storefrontPort),
    },
  }
}

/** The generated catalog of `bench:catalog`, which `bench:feeds` reuses. */
export const CATALOG_BENCH = benchMarketplace("bench", 54332, 9100, 8100)
/** The year of showroom sales of `bench:showroom`. */
export const SHOWROOM_BENCH = benchMarketplace("bench-showroom", 54333, 9200, 8200)

/**
 * Starts the marketplace (`args`: start.ts's, e.g. `--cluster`) and waits until its storefront answers
 * (the first start builds and seeds: minutes).
 */
export async function startBenchMarketplace(place: BenchMarketplace, args: string[] = []): Promise<ChildProcess> {
  const log = path.join(place.logs, "start.log")
  const marketplace = startService(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/start.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...place.env },
    log,
  })
  // A start that fails (a build already running, a port taken) ends the wait at once, not after 20 minutes.
  let stopped: ((code: number | null) => void) | undefined
  const exited = new Promise<never>((_, reject) => {
    stopped = (code) =>
      reject(
        new UserFacingError(
          `The benchmark marketplace stopped (exit ${code}) before it answered. Last lines of ${log}:\n${tail(log)}`
        )
      )
    marketplace.once("exit", stopped)
  })
  try {
    await Promise.race([waitForHttp(place.storefront, "The benchmark marketplace", 20 * 60_000, log), exited])
  } catch (error) {
    await stopService(marketplace)
    throw error
  } finally {
    marketplace.off("exit", stopped!)
  }
  return marketplace
}

/** Runs a backend script (`medusa exec`) against the marketplace's database, its output in `logs/<log>`. */
export function medusaExec(place: BenchMarketplace, what: string, script: string, args: string[], log: string) {
  return runStep(what, path.join(BACKEND_DIR, "node_modules/.bin/medusa"), ["exec", script, ...args], {
    cwd: BACKEND_DIR,
    env: { ...process.env, DATABASE_URL: place.databaseUrl, MEDUSA_DISABLE_TELEMETRY: "true" },
    log: path.join(place.logs, log),
  })
}

/** N generated products × 3 packagings next to the demo catalog; resumable, so a second run reuses them. */
export async function generateBenchCatalog(products: number) {
  console.error(`Generating ${products} products (resumable; ~30 s per 1,000 the first time)…`)
  await medusaExec(CATALOG_BENCH, "Catalog generation", "./src/scripts/bench-catalog.ts", [String(products)], "generate.log")
}

/**
 * Revokes listed generated products one by one; times the request and the moment the product is gone
 * from a search for its title (GET /store/catalog, whichever engine answers it). Given `inSearchIndex`,
 * also whether the search engine's own index still held it when the revocation's request returned.
 */
export async function timeRevocations(
  place: BenchMarketplace,
  storeHeaders: Record<string, string>,
  times: number,
  inSearchIndex?: (productId: string) => Promise<boolean>
) {
  const json = async <T>(response: Promise<Response>) => (await (await response).json()) as T
  const { token } = await json<{ token: string }>(
    fetch(`${place.backend}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    })
  )
  const admin = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  const { certificates } = await json<{ certificates: { id: string; product: { id: string; title: string } }[] }>(
    fetch(`${place.backend}/admin/ocop/certificates?q=${encodeURIComponent("· lô")}&status=valid&limit=${times}`, {
      headers: admin,
    })
  )
  const results: { answered: number; gone: number; indexedOnAnswer?: boolean }[] = []
  for (const certificate of certificates) {
    const search = `${place.backend}/store/catalog?q=${encodeURIComponent(certificate.product.title)}&limit=100`
    const listed = async () =>
      (await json<{ cards: { id: string }[] }>(fetch(search, { headers: storeHeaders }))).cards.some(
        (c) => c.id === certificate.product.id
      )
    // Otherwise "gone" would be measured on a product the search never found.
    if (!(await listed())) throw new Error(`The search for "${certificate.product.title}" does not find it before its revocation`)
    const started = performance.now()
    const response = await fetch(`${place.backend}/admin/ocop/certificates/${certificate.id}/revoke`, {
      method: "POST",
      headers: admin,
      body: JSON.stringify({ reason: "Đo thời gian thu hồi (benchmark)" }),
    })
    if (!response.ok) throw new Error(`Revocation failed: ${response.status} ${await response.text()}`)
    const answered = performance.now() - started
    const indexedOnAnswer = await inSearchIndex?.(certificate.product.id)
    while (await listed()) {
      if (performance.now() - started > 10_000) throw new Error("A revoked product was still in the catalog after 10 s")
    }
    results.push({ answered: Math.round(answered), gone: Math.round(performance.now() - started), indexedOnAnswer })
  }
  return results
}
