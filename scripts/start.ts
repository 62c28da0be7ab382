/**
 * `pnpm start`: the whole marketplace with demo data on one machine.
 *
 * PostgreSQL (embedded unless DATABASE_URL is set) → build the shared contracts and the backend if
 * their sources changed → migrate → seed on the first run only → Medusa on :9000 → build the
 * storefront if needed → Next.js on :8000. A service that crashes is restarted (lib/supervisor.ts). Ctrl-C stops everything;
 * data stays in .data/ for the next start.
 *
 * `pnpm start:cluster` (`--cluster`, issue 20): the production topology on one machine — the machine's
 * PostgreSQL (DATABASE_URL, else database ocop_cluster on 127.0.0.1:5432) and Redis (REDIS_URL, else
 * redis://127.0.0.1:6379), 2 backend servers (:9001, :9002), 1 worker (:9003, jobs and subscribers; CLUSTER_WORKERS more),
 * 2 storefronts (:8001, :8002), and nginx balancing them on :9000 and :8000. Data in .data/cluster/.
 * docs/DEPLOY.md tells how the same processes map to machines and containers.
 */
import { rmSync, symlinkSync } from "node:fs"
import path from "node:path"
import { fingerprint, isBuildCurrent, recordBuild } from "./lib/build-stamp.ts"
import { openDatabase, queryDatabase, type Database } from "./lib/database.ts"
import { UserFacingError } from "./lib/errors.ts"
import { type LocalMeilisearch, startMeilisearch } from "./lib/meilisearch.ts"
import { type Balanced, nginxBinary, writeNginxConfig } from "./lib/nginx.ts"
import { assertPortFree } from "./lib/ports.ts"
import { assertRedisReachable } from "./lib/redis.ts"
import { loadOrCreateSecrets } from "./lib/secrets.ts"
import { runStep, startService, tail } from "./lib/processes.ts"
import { SupervisedService, type ServiceSpec } from "./lib/supervisor.ts"

const ROOT = path.resolve(import.meta.dirname, "..")
const BACKEND = path.join(ROOT, "backend")
const STOREFRONT = path.join(ROOT, "storefront")
const CONTRACTS = path.join(ROOT, "contracts")
const CLUSTER = process.argv.includes("--cluster")
const DATA_DIR = path.resolve(ROOT, process.env.OCOP_DATA_DIR ?? (CLUSTER ? ".data/cluster" : ".data"))
const LOGS = path.join(DATA_DIR, "logs")
const BACKEND_PORT = Number(process.env.BACKEND_PORT ?? 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT ?? 8000)
const BACKEND_URL = `http://localhost:${BACKEND_PORT}`
const STOREFRONT_URL = `http://localhost:${STOREFRONT_PORT}`
const DEMO_ADMIN = { email: "admin@ocop.local", password: "ocop-demo-2026" }
// Every demo producer logs in as <its handle>@ocop.local with the same password; one to try.
const DEMO_PRODUCER = "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local"

/** The cluster's processes, each on its own port behind nginx's (BACKEND_PORT, STOREFRONT_PORT). */
const CLUSTER_SERVERS = [1, 2].map((n) => BACKEND_PORT + n)
// One worker runs the jobs and subscribers; more (CLUSTER_WORKERS) share them, each job run once (the cluster test runs two).
const CLUSTER_WORKERS = Array.from({ length: Number(process.env.CLUSTER_WORKERS ?? 1) }, (_, n) => BACKEND_PORT + 3 + n)
const CLUSTER_STOREFRONTS = [1, 2].map((n) => STOREFRONT_PORT + n)
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379"

const medusa = path.join(BACKEND, "node_modules/.bin/medusa")
const next = path.join(STOREFRONT, "node_modules/.bin/next")
const tsc = path.join(CONTRACTS, "node_modules/.bin/tsc")

/** `--search meilisearch` (or `--search=meilisearch`): catalog search by a local Meilisearch instead of PostgreSQL. */
function searchEngineAsked(args: string[]): "meilisearch" | "postgres" {
  const at = args.findIndex((arg) => arg === "--search" || arg.startsWith("--search="))
  if (at < 0) return "postgres"
  const value = args[at].includes("=") ? args[at].split("=")[1] : args[at + 1]
  if (value !== "meilisearch" && value !== "postgres")
    throw new UserFacingError(`--search takes "meilisearch" or "postgres" (got "${value ?? ""}").`)
  return value
}
const MEILISEARCH_PORT = Number(process.env.MEILISEARCH_PORT ?? 7700)

const services: SupervisedService[] = []
let database: Database | undefined
let meilisearch: LocalMeilisearch | undefined
let stopping = false

async function main() {
  assertNodeVersion()
  const started = Date.now()
  const engine = searchEngineAsked(process.argv.slice(2))
  await assertPortFree(BACKEND_PORT, "backend")
  await assertPortFree(STOREFRONT_PORT, "storefront")
  if (CLUSTER) {
    for (const port of [...CLUSTER_SERVERS, ...CLUSTER_WORKERS]) await assertPortFree(port, "backend (cluster)")
    for (const port of CLUSTER_STOREFRONTS) await assertPortFree(port, "storefront (cluster)")
    await assertRedisReachable(REDIS_URL)
    // The machine's PostgreSQL, not an embedded one: every process of a real cluster shares one server.
    process.env.DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/ocop_cluster"
  }

  step("Starting PostgreSQL")
  database = await openDatabase({
    dataDir: path.join(DATA_DIR, "postgres"),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    name: "ocop",
  })
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    MEDUSA_BACKEND_URL: BACKEND_URL,
    STOREFRONT_URL,
    // Stored files (pictures, documents, generated feeds) survive rebuilds (the backend runs from its build
    // directory), beside the database that names them; unused when S3_* sends them to a bucket.
    UPLOADS_DIR: process.env.UPLOADS_DIR ?? path.join(DATA_DIR, "uploads"),
    // JWT and cookie secrets sign every login; the revalidation secret is shared by both processes (the
    // backend asks the storefront to drop cached pages of delisted products). Kept across restarts.
    ...loadOrCreateSecrets(DATA_DIR),
    // The account VietQR codes pay into. The backend runs in production mode, which refuses to start
    // without one: this demo launcher lends it the demo account unless one is configured (said below).
    ...(DEMO_BANK_ACCOUNT_USED ? DEMO_BANK_ACCOUNT : {}),
    PORT: String(BACKEND_PORT),
    // Event bus, workflow engine, locking, caches and rate limits shared by every process (issue 20).
    ...(CLUSTER ? { REDIS_URL } : {}),
    MEDUSA_DISABLE_TELEMETRY: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  }

  // Meilisearch: the one given by MEILISEARCH_HOST, else one run here from its npm package.
  let searchAt = "PostgreSQL"
  if (engine === "meilisearch" && process.env.MEILISEARCH_HOST) searchAt = `Meilisearch at ${process.env.MEILISEARCH_HOST}`
  else if (engine === "meilisearch") {
    step(`Starting Meilisearch on 127.0.0.1:${MEILISEARCH_PORT}`)
    await assertPortFree(MEILISEARCH_PORT, "Meilisearch")
    const local = await startMeilisearch({ port: MEILISEARCH_PORT, dir: path.join(DATA_DIR, "meilisearch") })
    if ("reason" in local) throw new UserFacingError(`Cannot run Meilisearch here: ${local.reason}. Start without --search.`)
    meilisearch = local
    env.MEILISEARCH_HOST = local.host
    env.MEILISEARCH_API_KEY = local.key
    searchAt = `Meilisearch at ${local.host}, data in ${path.relative(ROOT, path.join(DATA_DIR, "meilisearch"))}`
  }

  // The contracts both sides import, compiled to contracts/dist (install builds them too).
  const contractsInputs = ["src", "package.json", "tsconfig.json", "tsconfig.esm.json"].map((p) => path.join(CONTRACTS, p))
  await buildIfNeeded(
    "Building the shared contracts",
    fingerprint(contractsInputs),
    path.join(CONTRACTS, "dist/.build-stamp"),
    async () => {
      // CommonJS for the backend's require, ES modules for the browser bundles.
      for (const config of ["tsconfig.json", "tsconfig.esm.json"]) {
        await runStep("Contracts build", tsc, ["-p", config], {
          cwd: CONTRACTS,
          env,
          log: path.join(LOGS, "contracts-build.log"),
        })
      }
    }
  )

  const backendInputs = ["src", "medusa-config.ts", "package.json", "tsconfig.json"].map((p) => path.join(BACKEND, p))
  const backendBuild = fingerprint(backendInputs)
  await buildIfNeeded(
    "Building the backend (Medusa server + admin)",
    backendBuild,
    path.join(BACKEND, ".medusa/server/.build-stamp"),
    () => runStep("Backend build", medusa, ["build"], { cwd: BACKEND, env, log: path.join(LOGS, "backend-build.log") })
  )
  // Pictures uploaded before /uploads existed live in backend/static; the built server serves its own static/.
  rmSync(path.join(BACKEND, ".medusa/server/static"), { force: true, recursive: true })
  symlinkSync(path.join(BACKEND, "static"), path.join(BACKEND, ".medusa/server/static"))

  // Migrations only change with the backend's code: the embedded database, whose stamp lives beside
  // its data, skips them when this build already migrated it. An external server is always migrated.
  const migratedStamp = path.join(DATA_DIR, "postgres-migrated-by")
  if (!database.embedded || !isBuildCurrent(migratedStamp, backendBuild)) {
    step("Migrating the database")
    await runStep("Database migration", medusa, ["db:migrate"], { cwd: BACKEND, env, log: path.join(LOGS, "migrate.log") })
    recordBuild(migratedStamp, backendBuild)
  }

  if (!(await isSeeded(database.url))) {
    step("Seeding the demo catalog (first run)")
    // No storefront runs yet, so there are no cached pages for the seed's changes to expire.
    const seedEnv = { ...env, REVALIDATE_SECRET: undefined }
    await runStep("Demo seed", medusa, ["exec", "./src/scripts/seed.ts"], {
      cwd: BACKEND,
      env: seedEnv,
      log: path.join(LOGS, "seed.log"),
    })
  }

  if (CLUSTER) {
    step(`Starting the backend: servers on ${ports(CLUSTER_SERVERS)}, workers on ${ports(CLUSTER_WORKERS)}`)
    await Promise.all([
      ...CLUSTER_WORKERS.map((port, i) => startBackend(`backend-worker-${i + 1}`, port, "worker", env)),
      ...CLUSTER_SERVERS.map((port, i) => startBackend(`backend-${i + 1}`, port, "server", env)),
    ])
  } else {
    step(`Starting the backend on ${BACKEND_URL}`)
    await startBackend("backend", BACKEND_PORT, "shared", env)
  }

  if (engine === "meilisearch") {
    // The index from every card as it is now (cards written while Meilisearch was not running included).
    step("Building the search index")
    const reindexLog = path.join(LOGS, "search-reindex.log")
    await runStep("Search reindex", medusa, ["exec", "./src/scripts/search-reindex.ts"], { cwd: BACKEND, env, log: reindexLog })
    console.log(`  ${tail(reindexLog, 5).match(/search reindex done: .*/)?.[0] ?? ""}`)
  }

  // The storefront's build bundles the contracts it imports.
  const storefrontInputs = [
    ...["src", "public", "package.json", "next.config.ts", "postcss.config.mjs", "tsconfig.json"].map((p) =>
      path.join(STOREFRONT, p)
    ),
    path.join(CONTRACTS, "src"),
  ]
  await buildIfNeeded("Building the storefront", fingerprint(storefrontInputs), path.join(STOREFRONT, ".next/.build-stamp"), () =>
    runStep("Storefront build", next, ["build"], { cwd: STOREFRONT, env, log: path.join(LOGS, "storefront-build.log") })
  )

  const storefrontEnv = { ...env, NODE_ENV: "production", MEDUSA_PUBLISHABLE_KEY: await publishableKey(database.url) }
  const stamp = await demoStampCode(database.url)
  if (CLUSTER) {
    // nginx first: the storefronts reach the backend through it (MEDUSA_BACKEND_URL) from their first page.
    step(`Starting nginx on ${BACKEND_URL} and ${STOREFRONT_URL}`)
    await startLoadBalancer([
      { name: "backend", listen: BACKEND_PORT, upstreams: CLUSTER_SERVERS },
      { name: "storefront", listen: STOREFRONT_PORT, upstreams: CLUSTER_STOREFRONTS },
    ])
    step(`Starting the storefronts on ${ports(CLUSTER_STOREFRONTS)}`)
    await Promise.all(CLUSTER_STOREFRONTS.map((port, i) => startStorefront(`storefront-${i + 1}`, port, storefrontEnv)))
  } else {
    step(`Starting the storefront on ${STOREFRONT_URL}`)
    await startStorefront("storefront", STOREFRONT_PORT, storefrontEnv)
  }

  console.log(`
  Chợ OCOP is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)

    Storefront   ${STOREFRONT_URL}
    Admin        ${BACKEND_URL}/app   ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}
    Producers    ${STOREFRONT_URL}/producer   ${DEMO_PRODUCER} / ${DEMO_ADMIN.password}
    Showroom     ${STOREFRONT_URL}/showroom   quay.cho-ha-tinh@ocop.local / ${DEMO_ADMIN.password}${
      stamp
        ? `
    OCOP stamp   ${STOREFRONT_URL}/trace/${stamp}   (scan or type it at the counter too)`
        : ""
    }
    Store API    ${BACKEND_URL}/store${
      DEMO_BANK_ACCOUNT_USED
        ? `
    Bank transfer  DEMO account ${DEMO_BANK_ACCOUNT.VIETQR_ACCOUNT_NUMBER}: set VIETQR_BANK_BIN, VIETQR_ACCOUNT_NUMBER, VIETQR_ACCOUNT_NAME for real payments`
        : ""
    }
    Search       ${searchAt}${
      CLUSTER
        ? `
    Cluster      nginx → servers ${ports(CLUSTER_SERVERS)} (workers ${ports(CLUSTER_WORKERS)}), storefronts ${ports(CLUSTER_STOREFRONTS)}; Redis ${REDIS_URL}`
        : ""
    }
    Database     ${database.embedded ? `embedded PostgreSQL, data in ${path.relative(ROOT, DATA_DIR)}/postgres` : "DATABASE_URL"}
    Logs         ${path.relative(ROOT, LOGS)}/

  Press Ctrl-C to stop.`)
}

/** The backend's demo receiving account (backend/src/modules/bank-transfer/receiving-account.ts): it does not exist. */
const DEMO_BANK_ACCOUNT = {
  VIETQR_BANK_BIN: "970436",
  VIETQR_ACCOUNT_NUMBER: "0011000000000",
  VIETQR_ACCOUNT_NAME: "SAN OCOP DEMO - KHONG CHUYEN TIEN",
}
const DEMO_BANK_ACCOUNT_USED = Object.keys(DEMO_BANK_ACCOUNT).every((name) => !process.env[name])

function assertNodeVersion() {
  const [major, minor] = process.versions.node.split(".").map(Number)
  if (major < 20 || (major === 20 && minor < 9)) {
    throw new UserFacingError(`Node.js 20.9 or newer is needed (this is ${process.versions.node}).`)
  }
}

function step(message: string) {
  console.log(`• ${message}…`)
}

async function buildIfNeeded(message: string, print: string, stampFile: string, build: () => Promise<void>) {
  if (isBuildCurrent(stampFile, print)) return
  step(message)
  await build()
  recordBuild(stampFile, print)
}

async function isSeeded(url: string) {
  const rows = await queryDatabase<{ seeded: string | null }>(
    url,
    "select metadata->>'ocop_demo_seeded_at' as seeded from store limit 1"
  )
  return Boolean(rows[0]?.seeded)
}

async function publishableKey(url: string) {
  const rows = await queryDatabase<{ token: string }>(
    url,
    "select token from api_key where type = 'publishable' and title = 'Storefront' and revoked_at is null limit 1"
  )
  if (!rows[0])
    throw new UserFacingError("The storefront's publishable API key is missing: run the seed again (pnpm --filter backend seed).")
  return rows[0].token
}

/** One activated demo stamp, "XXXX-XXXX-XXXX-X", to try the trace page with. */
async function demoStampCode(url: string): Promise<string | null> {
  const rows = await queryDatabase<{ code: string }>(
    url,
    "select code from ocop_stamp where status = 'activated' and deleted_at is null order by created_at limit 1"
  )
  return rows[0]?.code.match(/.{1,4}/g)?.join("-") ?? null
}

const ports = (list: number[]) => list.map((port) => `:${port}`).join(", ")

/** One Medusa process in a role (MEDUSA_WORKER_MODE): `shared` alone, or a cluster's `server` or `worker`. */
function startBackend(name: string, port: number, role: "shared" | "server" | "worker", env: NodeJS.ProcessEnv) {
  const log = path.join(LOGS, `${name}.log`)
  return supervise({
    name: `The ${name.replace("-", " ")}`,
    start: () =>
      startService(medusa, ["start"], {
        cwd: path.join(BACKEND, ".medusa/server"),
        env: { ...env, NODE_ENV: "production", PORT: String(port), MEDUSA_WORKER_MODE: role },
        log,
      }),
    readyUrl: `http://localhost:${port}/health`,
    readyTimeoutMs: 120_000,
    log,
    pidFile: path.join(DATA_DIR, `run/${name}.pid`),
  })
}

function startStorefront(name: string, port: number, env: NodeJS.ProcessEnv) {
  const log = path.join(LOGS, `${name}.log`)
  return supervise({
    name: `The ${name.replace("-", " ")}`,
    start: () => startService(next, ["start", "-p", String(port)], { cwd: STOREFRONT, env, log }),
    readyUrl: `http://localhost:${port}`,
    readyTimeoutMs: 60_000,
    log,
    pidFile: path.join(DATA_DIR, `run/${name}.pid`),
  })
}

/** nginx on the usual ports, in the foreground so that it is supervised (and stopped) like the rest. */
function startLoadBalancer(services: Balanced[]) {
  const nginx = nginxBinary()
  const dir = path.join(DATA_DIR, "nginx")
  const log = path.join(LOGS, "nginx.log")
  const config = writeNginxConfig(dir, services, LOGS)
  return supervise({
    name: "nginx",
    start: () =>
      startService(nginx, ["-p", dir, "-c", config, "-e", log, "-g", "daemon off;"], { cwd: dir, env: process.env, log }),
    readyUrl: `http://localhost:${services[0].listen}/health`,
    readyTimeoutMs: 10_000,
    log,
    pidFile: path.join(DATA_DIR, "run/nginx.pid"),
  })
}

/**
 * A service that dies on its own (a crash, an out-of-memory kill) is started again with backoff while
 * the database and the other service stay up; one that keeps dying stops everything with a message.
 */
async function supervise(spec: ServiceSpec) {
  const service = new SupervisedService(spec, (message) => {
    console.error(`\n✖ ${message}`)
    void shutdown(1)
  })
  services.push(service)
  await service.start()
}

async function shutdown(code: number) {
  if (stopping) return
  stopping = true
  await Promise.all(services.map((service) => service.stop()))
  await meilisearch?.stop()
  await database?.stop()
  process.exit(code)
}

process.on("SIGINT", () => void shutdown(0))
process.on("SIGTERM", () => void shutdown(0))
process.on("SIGHUP", () => void shutdown(0)) // the terminal was closed

main().catch((error) => {
  console.error(`\n✖ ${error instanceof UserFacingError ? error.message : (error?.stack ?? error)}`)
  void shutdown(1)
})
