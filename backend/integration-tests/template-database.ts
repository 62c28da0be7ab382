import { execFileSync } from "node:child_process"
import { createHash } from "node:crypto"
import { readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"
import { type Knex, knex } from "@medusajs/framework/mikro-orm/knex"
import { TestDatabaseUtils } from "@medusajs/test-utils"

/**
 * Jest's global setup: one migrated, seeded database that every spec's database is copied from.
 *
 * Migrating Medusa's modules and seeding the demo catalog took ~45 of each spec's ~65 seconds; copying a
 * template takes about one. The template is rebuilt only when what shapes it changed (its fingerprint —
 * the backend's sources, the contracts, the seed data and the lockfile — is kept as the database's
 * comment), so running one spec again does not pay for it twice. Each spec still runs the seed once
 * more in its own app (it is idempotent), which adds what the spec's own settings offer (cards, when
 * Stripe is configured).
 */
const { getDatabaseURL } = TestDatabaseUtils

const BACKEND = path.resolve(__dirname, "..")
const ROOT = path.resolve(BACKEND, "..")
/** One per checkout: two clones (or git worktrees) testing at once on one server each keep their own. */
const TEMPLATE_DATABASE = `ocop-test-template-${createHash("sha256").update(ROOT).digest("hex").slice(0, 10)}`
const SHAPING = ["backend/src", "backend/medusa-config.ts", "contracts/src", "scripts/seed-data", "pnpm-lock.yaml"]

export default async function buildTemplateDatabase() {
  const fingerprint = fingerprintOf(SHAPING.map((entry) => path.join(ROOT, entry)))
  await onServer(async (server) => {
    const { rows } = await server.raw<{ rows: { comment: string | null }[] }>(
      "select shobj_description(oid, 'pg_database') as comment from pg_database where datname = ?",
      [TEMPLATE_DATABASE]
    )
    if (rows[0]?.comment === fingerprint) return
    console.log(`Building the test template database ${TEMPLATE_DATABASE} (migrations and demo seed, once)…`)
    await server.raw("drop database if exists ?? with (force)", [TEMPLATE_DATABASE])
    await server.raw("create database ??", [TEMPLATE_DATABASE])
    const env = { ...process.env, DATABASE_URL: getDatabaseURL(TEMPLATE_DATABASE), REVALIDATE_SECRET: "" }
    const medusa = path.join(BACKEND, "node_modules/.bin/medusa")
    for (const args of [["db:migrate"], ["exec", "./src/scripts/seed.ts"]]) {
      execFileSync(medusa, args, { cwd: BACKEND, env, stdio: ["ignore", "ignore", "inherit"] })
    }
    // Set last: a half-built template (a crash above) has no fingerprint and is built again next time.
    await server.raw(`comment on database ?? is '${fingerprint}'`, [TEMPLATE_DATABASE])
  })
}

/** Any number: the key of the lock under which the specs' workers copy the template one at a time. */
const COPY_LOCK = 72017

/**
 * Creates this database as a copy of the template (replacing one a killed run left behind). PostgreSQL
 * refuses to copy a database another copy is reading ("being accessed by other users"), so Jest's
 * workers take turns; a copy takes about a second.
 */
export async function copyTemplateDatabase(name: string) {
  await onServer(async (server) => {
    await server.raw("drop database if exists ?? with (force)", [name])
    const session = await server.client.acquireConnection()
    try {
      await server.raw("select pg_advisory_lock(?)", [COPY_LOCK]).connection(session)
      await server.raw("create database ?? template ??", [name, TEMPLATE_DATABASE]).connection(session)
    } finally {
      await server.raw("select pg_advisory_unlock(?)", [COPY_LOCK]).connection(session)
      await server.client.releaseConnection(session)
    }
  })
}

async function onServer(work: (server: Knex) => Promise<void>) {
  const server = knex({ client: "pg", connection: getDatabaseURL("postgres") })
  try {
    await work(server)
  } finally {
    await server.destroy()
  }
}

/** A hash of every file under these paths, by path and content. */
function fingerprintOf(entries: string[]) {
  const hash = createHash("sha256")
  const visit = (entry: string) => {
    if (statSync(entry).isDirectory()) {
      for (const name of readdirSync(entry).sort()) visit(path.join(entry, name))
      return
    }
    hash.update(path.relative(ROOT, entry)).update(readFileSync(entry))
  }
  for (const entry of entries) visit(entry)
  return hash.digest("hex")
}
