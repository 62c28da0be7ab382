/**
 * `pnpm bench:trace` — the public trace page of a stamp (`GET /store/trace/<code>`) with 1,000,000 stamps
 * in the database, and what counting its scans (by day and province, with scan watch's flags) costs.
 *
 * Runs on the marketplace of `bench:catalog` (.data/bench, ports 9100/8100; its 10,000 generated products
 * are made first if missing, resumable). Adds 1,000 activated batches of 1,000 stamps each on as many
 * packagings once (unnest inserts, resumable), `VACUUM ANALYZE`s, reads one stamp of each batch (so every
 * packaging has its trace row, as the listing workflows leave it), then, for 20 s each after a warm-up:
 *   1. random codes (19 in 20 of a stamp, 1 in 20 a well-formed code no stamp has, answered 404), each
 *      from a new client address (X-Forwarded-For, which the backend believes from this machine) spread
 *      over Vietnamese and foreign ranges: every read of a stamp is a counted scan, placed by the
 *      offline IP lookup;
 *   2. the same client-and-stamp pairs again in the same order: the same day, so none is counted;
 * with 1 and with 10 clients. The scan counting's cost is its own step in the route's Server-Timing
 * (`scan`: the durable count and flags for a first read, the flags alone for a repeat), beside finding
 * the stamp (`stamp`) and reading its batch's product, producer and certificate (`batch`). Prints those,
 * the route's whole time (`trace`), the client's, requests per second, and Markdown for docs/BENCHMARKS.md.
 */
import os from "node:os"
import pg from "pg"
import { newStampCode, withCheckCharacter } from "../../backend/src/modules/traceability/stamp-code.ts"
import { queryDatabase } from "../lib/database.ts"
import { stopService } from "../lib/processes.ts"
import { measureServerTimed, type ServerTimedResult } from "./latency.ts"
import { lighthouse } from "./lighthouse.ts"
import { CATALOG_BENCH, generateBenchCatalog, startBenchMarketplace } from "./marketplace.ts"

const { backend: BACKEND, databaseUrl: DATABASE_URL } = CATALOG_BENCH
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const CLIENTS = 10
const BATCHES = 1_000
const STAMPS_PER_BATCH = 1_000
/** The generated batches' lot numbers start with this: a second run finds them and adds none. */
const LOT_PREFIX = "BENCH-TRACE-"

/** The route's steps, each timed in its Server-Timing: find the stamp, count the scan, read the batch's product and certificate. */
const STEPS = ["stamp", "scan", "batch"]

const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]
const byte = () => Math.floor(Math.random() * 256)

/** First octets of ranges that DB-IP places in Vietnamese provinces (VNPT, Viettel, FPT), and a few foreign ones. */
const VIETNAMESE = [
  [1, 52],
  [1, 53],
  [14, 160],
  [14, 161],
  [14, 162],
  [14, 163],
  [14, 168],
  [14, 171],
  [14, 178],
  [14, 182],
  [14, 185],
  [14, 188],
  [14, 255],
  [113, 165],
  [113, 170],
  [171, 229],
] as const
const FOREIGN = [8, 23, 41, 81, 151, 200] as const
/** A client address: 9 in 10 Vietnamese. */
const clientAddress = () =>
  Math.random() < 0.9
    ? `${pick(VIETNAMESE).join(".")}.${byte()}.${1 + (byte() % 254)}`
    : `${pick(FOREIGN)}.${byte()}.${byte()}.${1 + (byte() % 254)}`

/** 1,000 activated batches × 1,000 stamps on packagings of the catalog, unless a run made them already. */
async function seedStamps(): Promise<string[]> {
  const client = new pg.Client({ connectionString: DATABASE_URL })
  await client.connect()
  try {
    const made = await client.query<{ n: number }>(
      "select count(*)::int as n from production_batch where lot_number like $1 and deleted_at is null",
      [`${LOT_PREFIX}%`]
    )
    if (made.rows[0].n < BATCHES) {
      console.error(`Adding ${BATCHES} batches × ${STAMPS_PER_BATCH} stamps…`)
      const started = performance.now()
      await client.query("begin")
      await client.query(
        `delete from production_batch where lot_number like $1` /* a half-made run: its stamps go with it (cascade) */,
        [`${LOT_PREFIX}%`]
      )
      const { rows: variants } = await client.query<{ variant_id: string; producer_id: string }>(
        `select v.id as variant_id, pp.producer_id
         from product_variant v join producer_producer_product_product pp on pp.product_id = v.product_id
         where v.deleted_at is null and pp.deleted_at is null
         order by random() limit $1`,
        [BATCHES]
      )
      for (const [n, { variant_id, producer_id }] of variants.entries()) {
        const batchId = `batch_bench_trace_${String(n).padStart(4, "0")}`
        await client.query(
          `insert into production_batch (id, producer_id, variant_id, lot_number, produced_on, expires_on, quantity)
           values ($1, $2, $3, $4, now() - interval '30 days', now() + interval '700 days', $5)`,
          [batchId, producer_id, variant_id, `${LOT_PREFIX}${n}`, STAMPS_PER_BATCH]
        )
        const codes = Array.from({ length: STAMPS_PER_BATCH }, newStampCode)
        await client.query(
          `insert into ocop_stamp (id, code, status, activated_at, batch_id)
           select 'stamp_bt_' || $1::text || '_' || n, code, 'activated', now() - interval '29 days', $2
           from unnest($3::text[]) with ordinality as t(code, n)`,
          [String(n), batchId, codes]
        )
      }
      await client.query("commit")
      console.error(`  ${variants.length * STAMPS_PER_BATCH} stamps in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    }
    await client.query("vacuum analyze ocop_stamp")
    await client.query("vacuum analyze production_batch")
    const { rows } = await client.query<{ code: string }>(
      "select s.code from ocop_stamp s join production_batch b on b.id = s.batch_id where b.lot_number like $1",
      [`${LOT_PREFIX}%`]
    )
    return rows.map((row) => row.code)
  } finally {
    await client.end()
  }
}

async function main() {
  const marketplace = await startBenchMarketplace(CATALOG_BENCH)
  const results: { reads: string; load: ServerTimedResult }[] = []
  try {
    await generateBenchCatalog(10_000)
    const codes = await seedStamps()
    const [{ stamps }] = await queryDatabase<{ stamps: number }>(DATABASE_URL, "select count(*)::int as stamps from ocop_stamp")
    const [{ token }] = await queryDatabase<{ token: string }>(
      DATABASE_URL,
      "select token from api_key where title = 'Storefront' limit 1"
    )
    const host = lighthouse(`${CATALOG_BENCH.storefront}/products`)
    // Well-formed codes (their check character right) that no stamp has: a copied label's made-up code.
    const unknown = Array.from({ length: 1_000 }, () => withCheckCharacter(newStampCode().slice(0, 12))!)
    const headers = { "x-publishable-api-key": token }

    /** A random read, remembered so that the repeat run can replay it as the same client. */
    const run = async (name: string, connections: number, seconds: number, replay?: { address: string; code: string }[]) => {
      const reads: { address: string; code: string }[] = []
      let next = 0
      const load = await measureServerTimed(
        name,
        () => {
          const read = replay
            ? replay[next++ % replay.length]
            : { address: clientAddress(), code: Math.random() < 0.05 ? pick(unknown) : pick(codes) }
          reads.push(read)
          return { url: `${BACKEND}/store/trace/${read.code}`, headers: { "x-forwarded-for": read.address } }
        },
        { connections, seconds, headers, timing: "trace", expected: [404], steps: STEPS }
      )
      return { load, reads }
    }

    // Every packaging's trace row, as the listing workflows leave it in production: the generated
    // catalog links its products to producers outside them, so a first read writes the row (~100 ms).
    const firstOfBatch = await queryDatabase<{ code: string }>(
      DATABASE_URL,
      "select distinct on (s.batch_id) s.code from ocop_stamp s join production_batch b on b.id = s.batch_id where b.lot_number like $1",
      [`${LOT_PREFIX}%`]
    )
    for (let i = 0; i < firstOfBatch.length; i += CLIENTS)
      await Promise.all(
        firstOfBatch.slice(i, i + CLIENTS).map(({ code }) =>
          // Each from its own address, as the stamp lookups' rate limit (60 a minute per address) would refuse most.
          fetch(`${BACKEND}/store/trace/${code}`, { headers: { ...headers, "x-forwarded-for": clientAddress() } }).then((r) =>
            r.arrayBuffer()
          )
        )
      )
    await run("warm-up", CLIENTS, 3)
    for (const connections of [1, CLIENTS]) {
      const counted = await run(`GET /store/trace/<code>, counted (${connections})`, connections, SECONDS)
      results.push({ reads: "first read of the day: counted", load: counted.load })
      const repeat = await run(`GET /store/trace/<code>, repeat (${connections})`, connections, SECONDS, counted.reads)
      results.push({ reads: "repeat read, same client and day: not counted", load: repeat.load })
    }
    const [{ scans, places, flags }] = await queryDatabase<{ scans: number; places: number; flags: number }>(
      DATABASE_URL,
      `select (select coalesce(sum(count), 0)::int from ocop_stamp_scan) as scans,
              (select count(distinct place)::int from ocop_stamp_scan) as places,
              (select count(*)::int from ocop_stamp_flag) as flags`
    )

    console.log(
      `\n${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}; ` +
        `${stamps.toLocaleString("en")} stamps; ${SECONDS} s per row; Lighthouse benchmarkIndex ${host.benchmarkIndex} ` +
        `(load average ${host.loadAverage}) as the run began; the load generator runs on the same cores\n`
    )
    console.log(
      `| reads | clients | requests | errors | req/s | client p50 ms | client p95 ms | server p50 ms | **server p95 ms** | server p99 ms | ${STEPS.map((step) => `${step} p50 / p95 ms`).join(" | ")} |`
    )
    console.log(`|---|---|---|---|---|---|---|---|---|---|${STEPS.map(() => "---|").join("")}`)
    for (const { reads, load } of results)
      console.log(
        `| ${reads} | ${load.connections} | ${load.requests} | ${load.errors} | ${load.rps} | ${load.p50} | ${load.p95} | ${load.server.p50} | **${load.server.p95}** | ${load.server.p99} | ${STEPS.map((step) => `${load.steps[step].p50} / ${load.steps[step].p95}`).join(" | ")} |`
      )
    console.log(`\nScans recorded in all: ${scans} in ${places} places (provinces and "unknown"); stamps flagged: ${flags}.`)
  } finally {
    await stopService(marketplace)
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
