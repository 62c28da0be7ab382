/**
 * `pnpm test:crash`: the marketplace loses nothing when its backend is killed mid-checkout.
 *
 * Starts the whole marketplace (`pnpm start`, its supervisor included) on fresh data of its own, then,
 * at three moments — early, mid-way, and as the first answers arrive — completes a batch of ready carts
 * at once and kills the backend with SIGKILL (a power cut, an out-of-memory kill). Nobody restarts it:
 * the supervisor does. Every shopper then presses "Đặt hàng" again, the crash-repair sweep runs, and
 * the database must hold, for every cart: exactly one order, linked to it, with its producer parts, an
 * authorized payment and its stock reserved; no order twice, no stock held for nothing, and every card
 * showing the stock that is really left. Last, the storefront is killed and must come back by itself.
 * Prints what happened at each moment; exits 1 on the first broken promise.
 */
import { readFileSync, rmSync } from "node:fs"
import path from "node:path"
import { benchMarketplace, startBenchMarketplace } from "./bench/marketplace.ts"
import { queryDatabase } from "./lib/database.ts"
import { UserFacingError } from "./lib/errors.ts"
import { stopService } from "./lib/processes.ts"
import { type CartAnswer, type CompleteAnswer, prepareCheckout, storeClient, type StoreRequest } from "./lib/store-api.ts"

const place = benchMarketplace("crash", 54334, 9300, 8300)
// Leftovers are repaired once they are 3 s old instead of 2 minutes: the test need not wait that long.
place.env.CRASH_REPAIR_GRACE_SECONDS = "3"
const CARTS_PER_MOMENT = 12
const REPAIR_TIMEOUT_MS = 90_000

type Batch = { firstAnswer: Promise<void>; emailPrefix: string; carts: string[] }
type Moment = { name: string; killAfter: (batch: Batch) => Promise<void> }
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const MOMENTS: Moment[] = [
  { name: "early: the first checkout has begun", killAfter: ({ carts }) => firstRunStored(carts) },
  { name: "mid-way: the first order is written", killAfter: ({ emailPrefix }) => firstOrderWritten(emailPrefix) },
  { name: "as the answers arrive", killAfter: ({ firstAnswer }) => firstAnswer },
]

const sql = <T extends Record<string, unknown>>(text: string, values: unknown[] = []) =>
  queryDatabase<T>(place.databaseUrl, text, values)

async function main() {
  rmSync(place.dataDir, { recursive: true, force: true })
  console.log(`Starting a marketplace of its own (${place.backend}, data in ${path.relative(process.cwd(), place.dataDir)})…`)
  const marketplace = await startBenchMarketplace(place)
  let failed = false
  try {
    const [{ token }] = await sql<{ token: string }>(
      "select token from api_key where title = 'Storefront' and revoked_at is null limit 1"
    )
    const [{ id: regionId }] = await sql<{ id: string }>("select id from region where deleted_at is null limit 1")
    const store = storeClient(place.backend, { "x-publishable-api-key": token })
    // Packagings with stock to spare for every cart of the test, from the cards the shop lists.
    const packagings = (
      await sql<{ id: string }>(
        `select p->>'id' as id from product_card c, jsonb_array_elements(c.detail->'packagings') p
          where c.deleted_at is null and (p->>'available')::int >= 40`
      )
    ).map((row) => row.id)
    if (packagings.length < 3) throw new UserFacingError("The demo catalog has too few packagings in stock for the crash test.")
    const readyCarts = (label: string, count: number) =>
      Promise.all(
        Array.from({ length: count }, async (_, i) => {
          const { cart } = await store<CartAnswer>("POST", "/store/carts?fields=id", { region_id: regionId })
          await store("POST", `/store/carts/${cart.id}/line-items?fields=id`, {
            variant_id: packagings[(i * 7) % packagings.length],
            quantity: 1 + (i % 2),
          })
          await prepareCheckout(store, cart.id, `crash-${label}-${i}@example.vn`)
          return cart.id
        })
      )

    // Unharmed first: the checkout works, and the server has warmed up.
    const warmStarted = Date.now()
    await Promise.all((await readyCarts("warm-up", 4)).map((cartId) => complete(store, cartId)))
    console.log(`4 checkouts at once, unharmed: ${Date.now() - warmStarted} ms.\n`)

    console.log(
      "| kill moment | carts | answered before the kill | at the kill: orders linked / not linked, runs cut off | backend back after | retries → same order | repaired by the sweep | broken |"
    )
    console.log("|---|---|---|---|---|---|---|---|")
    for (const [index, moment] of MOMENTS.entries()) {
      const emailPrefix = `crash-m${index}-`
      const carts = await readyCarts(`m${index}`, CARTS_PER_MOMENT)
      const killedAt = await killMidCheckout(store, carts, moment, emailPrefix)
      const leftAtKill = await stateAtKill(emailPrefix, carts)
      const backAfter = await waitUntilBack(`${place.backend}/health`, killedAt.at)
      await waitUntilBack(place.storefront, killedAt.at)
      // Every shopper presses "Đặt hàng" again: one who had an answer, or whose order was already linked
      // to the cart, must get that same order back.
      const retried = await Promise.allSettled(carts.map((cartId) => complete(store, cartId)))
      const sameOrder = carts.filter((cartId, i) => {
        const retry = retried[i]
        const existing = killedAt.answered.get(cartId) ?? leftAtKill.linked.get(cartId)
        return retry.status === "fulfilled" && (!existing || existing === retry.value)
      }).length
      const broken = await brokenPromisesAfterRepair(emailPrefix)
      const refused = retried.flatMap((retry) => (retry.status === "rejected" ? [(retry.reason as Error).message] : []))
      if (refused.length) broken.push(`${refused.length} retries refused (${refused[0]})`)
      if (sameOrder + refused.length !== carts.length)
        broken.push(`${carts.length - sameOrder - refused.length} retries returned another order than the first answer`)
      const repairs = repairLogSince(killedAt.at)
      console.log(
        `| ${moment.name} | ${carts.length} | ${killedAt.answered.size} | ${leftAtKill.summary} | ${(backAfter / 1000).toFixed(1)} s | ${sameOrder}/${carts.length} | ${repairs || "nothing"} | ${broken.length ? broken.join("; ") : "none"} |`
      )
      failed ||= broken.length > 0
    }

    const storefrontKilled = Date.now()
    killService("storefront")
    const storefrontBack = await waitUntilBack(place.storefront, storefrontKilled)
    console.log(
      `\nStorefront killed: it answered again after ${(storefrontBack / 1000).toFixed(1)} s, restarted by the supervisor.`
    )
  } finally {
    await stopService(marketplace, 30_000)
  }
  if (failed) {
    console.error(`\n✖ The crash test found broken promises (above). Logs: ${place.logs}`)
    process.exit(1)
  }
  console.log("\n✓ Nothing lost at any kill moment.")
}

/** One completion, as the storefront sends it; the order's id, or the reason there is none. */
async function complete(store: StoreRequest, cartId: string): Promise<string> {
  const result = await store<CompleteAnswer>("POST", `/store/carts/${cartId}/complete`, {})
  if (result.type !== "order") throw new Error(`cart ${cartId} not completed: ${result.error?.message}`)
  return result.order.id
}

/** Completes every cart at once and kills the backend at the moment; which carts had their answer. */
async function killMidCheckout(store: StoreRequest, carts: string[], moment: Moment, emailPrefix: string) {
  const answered = new Map<string, string>()
  let firstAnswer!: () => void
  const first = new Promise<void>((resolve) => (firstAnswer = resolve))
  let killed = false
  const completions = carts.map((cartId) =>
    complete(store, cartId).then(
      (orderId) => {
        if (!killed) answered.set(cartId, orderId)
        firstAnswer()
      },
      () => undefined // the connection died with the backend
    )
  )
  await moment.killAfter({ firstAnswer: first, emailPrefix, carts })
  killed = true
  killService("backend")
  const at = Date.now()
  await Promise.all(completions)
  return { answered, at }
}

/** Resolves as soon as Medusa has stored one complete-cart run of the batch (before its first step). */
async function firstRunStored(carts: string[]) {
  const started = `select 1 from workflow_execution where workflow_id = 'complete-cart' and context->'data'->'payload'->>'id' = any($1) limit 1`
  while (!(await sql(started, [carts])).length) await delay(10)
}

/** Resolves as soon as one order of the batch is in the database (its complete-cart is past create-orders). */
async function firstOrderWritten(emailPrefix: string) {
  while (!(await sql(`select 1 from "order" where email like $1 limit 1`, [`${emailPrefix}%`])).length) await delay(10)
}

/**
 * What the kill left, read before the backend is back: the orders already linked to their cart (a
 * retry must return exactly these), how many were written without the link, and the runs cut off.
 */
async function stateAtKill(emailPrefix: string, carts: string[]) {
  const orders = await sql<{ id: string; cart_id: string | null }>(
    `select o.id, oc.cart_id from "order" o left join order_cart oc on oc.order_id = o.id and oc.deleted_at is null
      where o.email like $1 and o.deleted_at is null`,
    [`${emailPrefix}%`]
  )
  const linked = new Map(orders.flatMap((order) => (order.cart_id ? [[order.cart_id, order.id] as [string, string]] : [])))
  const [runs] = await sql<{ cut: string }>(
    `select count(*) as cut from workflow_execution
      where workflow_id = 'complete-cart' and state not in ('done', 'failed', 'reverted') and context->'data'->'payload'->>'id' = any($1)`,
    [carts]
  )
  return { linked, summary: `${linked.size} / ${orders.length - linked.size}, ${runs.cut}` }
}

/** SIGKILL to the service's whole process group, as the kernel's out-of-memory killer would. */
function killService(service: "backend" | "storefront") {
  const pid = Number(readFileSync(path.join(place.dataDir, "run", `${service}.pid`), "utf8"))
  process.kill(-pid, "SIGKILL")
}

/** Waits until the URL answers again; how long after `since` it did. */
async function waitUntilBack(url: string, since: number): Promise<number> {
  await delay(500) // the killed process's socket closes first
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0
    )
    if (status > 0 && status < 500) return Date.now() - since
    await delay(250)
  }
  throw new UserFacingError(`${url} did not answer again within 3 minutes of the kill: the supervisor did not bring it back.`)
}

/** The sweep's own account of what it repaired since the kill, from the backend's log. */
function repairLogSince(since: number): string {
  return readFileSync(path.join(place.logs, "backend.log"), "utf8")
    .split("\n")
    .flatMap((line) => {
      try {
        const entry = JSON.parse(line)
        return typeof entry.message === "string" &&
          entry.message.startsWith("Crash repair:") &&
          Date.parse(entry.timestamp) >= since - 1000
          ? [entry.message.replace("Crash repair: ", "").replace(/\.$/, "")]
          : []
      } catch {
        return []
      }
    })
    .join("; ")
}

/** Waits for the sweep to have repaired everything; what is still broken when time runs out. */
async function brokenPromisesAfterRepair(emailPrefix: string): Promise<string[]> {
  const deadline = Date.now() + REPAIR_TIMEOUT_MS
  for (;;) {
    const broken = await brokenPromises(emailPrefix)
    if (!broken.length || Date.now() > deadline) return broken
    await delay(1000)
  }
}

async function brokenPromises(emailPrefix: string): Promise<string[]> {
  const like = [`${emailPrefix}%`]
  // [what is broken, the rows that show it, the query's parameters]
  const checks: [string, string, unknown[]][] = [
    [
      "carts without exactly one order, or not marked completed",
      `select c.id from cart c
         left join order_cart oc on oc.cart_id = c.id and oc.deleted_at is null
         left join "order" o on o.id = oc.order_id and o.deleted_at is null
        where c.email like $1 group by c.id having count(o.id) <> 1 or bool_or(c.completed_at is null)`,
      like,
    ],
    [
      "shoppers with more than one live order",
      `select email from "order" where email like $1 and deleted_at is null group by email having count(*) > 1`,
      like,
    ],
    [
      "orders without producer parts",
      `select o.id from "order" o where o.email like $1 and o.deleted_at is null
          and not exists (select 1 from producer_order p where p.order_id = o.id and p.deleted_at is null)`,
      like,
    ],
    [
      "orders without an authorized payment",
      `select o.id from "order" o where o.email like $1 and o.deleted_at is null and not exists (
          select 1 from order_payment_collection opc join payment_session ps on ps.payment_collection_id = opc.payment_collection_id
           where opc.order_id = o.id and opc.deleted_at is null and ps.status = 'authorized' and ps.deleted_at is null)`,
      like,
    ],
    [
      "order lines without their stock reserved",
      `select oi.item_id from "order" o join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
        where o.email like $1 and o.deleted_at is null
          and coalesce((select sum(r.quantity) from reservation_item r where r.line_item_id = oi.item_id and r.deleted_at is null), 0) <> oi.quantity`,
      like,
    ],
    [
      "reservations for no live order",
      `select r.id from reservation_item r where r.deleted_at is null and r.line_item_id is not null
          and not exists (select 1 from order_item oi join "order" o on o.id = oi.order_id
                           where oi.item_id = r.line_item_id and oi.deleted_at is null and o.deleted_at is null and o.status <> 'canceled')`,
      [],
    ],
    [
      "packagings whose card shows other stock than is left",
      // What a card promises: units free at the storefront channel's locations (workflows/catalog/product-card.ts).
      `select p->>'id' from product_card c, jsonb_array_elements(c.detail->'packagings') p
        where c.deleted_at is null and (p->>'available') is not null
          and (p->>'available')::numeric <> (
            select greatest(0, min(floor(coalesce((
                select sum(il.stocked_quantity - il.reserved_quantity) from inventory_level il
                  join sales_channel_stock_location scl on scl.stock_location_id = il.location_id and scl.deleted_at is null
                 where il.inventory_item_id = vii.inventory_item_id and il.deleted_at is null
                   and scl.sales_channel_id = (select default_sales_channel_id from store limit 1)), 0) / vii.required_quantity)))
              from product_variant_inventory_item vii where vii.variant_id = p->>'id' and vii.deleted_at is null)`,
      [],
    ],
  ]
  const broken: string[] = []
  for (const [promise, query, values] of checks) {
    const rows = await sql(query, values)
    if (rows.length) broken.push(`${rows.length} ${promise}`)
  }
  return broken
}

main().catch((error) => {
  console.error(`\n✖ ${error instanceof UserFacingError ? error.message : (error?.stack ?? error)}`)
  process.exit(1)
})
