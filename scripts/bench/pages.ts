/**
 * `pnpm bench:pages [--products 10000] [--seconds 60] [--checkouts 30] [--requests 50] [--only calls,…]` —
 * what shoppers wait for on a large catalog (issue 13), with plain Medusa measured in the same run.
 *
 * Starts the marketplace of `pnpm bench:catalog` (`pnpm start` with data in .data/bench, ports
 * 9100/8100) with the catalog's page cache off (CATALOG_CACHE_MS=0 unless set), generates N products
 * × 3 packagings next to the demo catalog (resumable) and lists them. Then, ten clients each, every
 * request for a random listed product or a random filtered page:
 *   1. storefront product pages /products/<handle>, with the home page probed once a second meanwhile;
 *   2. the product-detail route GET /store/catalog/:handle, and plain Medusa's GET /store/products?handle=;
 *   3. GET /store/catalog with random filters, sorts and pages (page and facets);
 *   4. complete cash-on-delivery checkouts one after another, timed per step;
 *   5. every distinct backend call of the hot pages (docs/ARCHITECTURE.md, "Hot pages and their backend
 *      calls"), one client, `--requests` requests one after another each, cart calls on fresh carts.
 * Phases 1–5 are `pages`, `detail`, `catalog`, `checkout` and `calls`; `--only calls` (or `--only
 * detail,calls`) runs only those, all by default. After each load it times how long the Medusa server
 * stays busy. Prints Markdown for docs/BENCHMARKS.md, and what else used the CPU during the run.
 */
import { execFileSync } from "node:child_process"
import { readdirSync, readFileSync, readlinkSync, realpathSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { queryDatabase } from "../lib/database.ts"
import { stopService } from "../lib/processes.ts"
import {
  type CartAnswer,
  type CheckoutStep,
  type CompleteAnswer,
  prepareCheckout,
  storeClient,
  type StoreRequest,
} from "../lib/store-api.ts"
import { filterChoices, randomFilters } from "./catalog-filters.ts"
import { measureLatency, percentile, type LatencyResult } from "./latency.ts"
import { CATALOG_BENCH, generateBenchCatalog, medusaExec, startBenchMarketplace } from "./marketplace.ts"

const ROOT = path.resolve(import.meta.dirname, "../..")
const { backend: BACKEND, storefront: STOREFRONT, databaseUrl: DATABASE_URL } = CATALOG_BENCH
const CLIENTS = 10
// Every catalog request reaches PostgreSQL; `CATALOG_CACHE_MS=5000 pnpm bench:pages` measures the default.
const CATALOG_CACHE_MS = process.env.CATALOG_CACHE_MS ?? "0"

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  const value = at > 0 ? Number(process.argv[at + 1]) : fallback
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} takes a positive whole number, e.g. --${name} ${fallback}`)
  return value
}

/** What a run measures, in this order; `--only calls` or `--only detail,calls` runs some of them. */
const PHASES = ["pages", "detail", "catalog", "checkout", "calls"] as const
type Phase = (typeof PHASES)[number]

function onlyPhases(): Set<Phase> {
  const at = process.argv.indexOf("--only")
  if (at < 0) return new Set(PHASES)
  const names = (process.argv[at + 1] ?? "").split(",").filter(Boolean)
  const unknown = names.filter((name) => !(PHASES as readonly string[]).includes(name))
  if (!names.length || unknown.length)
    throw new Error(`--only takes phases separated by commas, of ${PHASES.join(", ")}: e.g. --only calls`)
  return new Set(names as Phase[])
}

const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)]
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const ms = (sorted: number[], p: number) => Math.round(percentile(sorted, p))
const failure = (error: unknown) => (error instanceof Error ? error.message : String(error))

type Shop = Awaited<ReturnType<typeof readShop>>
type Probe = Awaited<ReturnType<typeof probe>>
type LoadRun = LatencyResult & { idle: string }

async function main() {
  const products = flag("products", 10_000)
  const seconds = flag("seconds", 60)
  const checkouts = flag("checkouts", 30)
  const requests = flag("requests", 50)
  const phases = onlyPhases()
  const marketplace = await startBenchMarketplace({ ...CATALOG_BENCH, env: { ...CATALOG_BENCH.env, CATALOG_CACHE_MS } })
  try {
    await generateBenchCatalog(products)
    console.error("Listing the generated products…")
    await medusaExec(CATALOG_BENCH, "Listing re-sync", "./src/scripts/resync-listing.ts", [], "resync.log")
    await queryDatabase(DATABASE_URL, "vacuum analyze product_card")
    const shop = await readShop()
    const medusa = medusaServer(marketplace.pid!)
    const storeHeaders = { "x-publishable-api-key": shop.token }

    const productPage = () => `${STOREFRONT}/products/${encodeURIComponent(pick(shop.handles))}`
    const productDetail = () => `${BACKEND}/store/catalog/${encodeURIComponent(pick(shop.handles))}`
    const medusaProduct = () =>
      `${BACKEND}/store/products?${new URLSearchParams({
        handle: pick(shop.handles),
        fields: "*variants.calculated_price,+variants.inventory_quantity",
        region_id: shop.regionId,
      })}`
    const catalogPage = () => `${BACKEND}/store/catalog?${randomFilters(shop)}`

    // The first requests after a start load code and warm connections: not part of any run.
    for (const url of [`${STOREFRONT}/`, productPage(), productPage(), productDetail(), medusaProduct(), catalogPage()]) {
      await (await fetch(url, { headers: storeHeaders })).arrayBuffer()
    }
    const homeAlone = phases.has("pages") ? await probe(`${STOREFRONT}/`, 5, 0) : undefined
    await secondsUntilIdle(medusa)

    const cpuBefore = processTable()
    const loadBefore = os.loadavg()[0]
    const runStarted = performance.now()
    const runs: LoadRun[] = []
    const load = async (name: string, url: () => string, headers: Record<string, string> = {}) => {
      const result = await measureLatency(name, url, { connections: CLIENTS, seconds, headers })
      runs.push({ ...result, idle: await secondsUntilIdle(medusa) })
    }

    let home: Probe | undefined
    if (phases.has("pages")) {
      console.error(`Product pages, ${CLIENTS} clients, ${seconds} s, the home page probed once a second…`)
      home = (
        await Promise.all([
          probe(`${STOREFRONT}/`, seconds, 1000),
          load("storefront product page /products/<random handle>", productPage),
        ])
      )[0]
    }
    if (phases.has("detail")) {
      console.error("Product detail: GET /store/catalog/:handle, then plain Medusa…")
      await load("GET /store/catalog/:handle (read model), random handle", productDetail, storeHeaders)
      await load(
        "plain Medusa GET /store/products?handle=…&fields=*variants.calculated_price,+variants.inventory_quantity&region_id=…",
        medusaProduct,
        storeHeaders
      )
    }
    if (phases.has("catalog")) {
      console.error("Catalog pages with random filters…")
      await load("GET /store/catalog, random filters/sort/page of 20 + facets", catalogPage, storeHeaders)
    }
    let checkout: Awaited<ReturnType<typeof timeCheckouts>> | undefined
    if (phases.has("checkout")) {
      console.error(`${checkouts} checkouts, one after another…`)
      checkout = await timeCheckouts(shop, storeHeaders, checkouts)
    }
    let calls: Awaited<ReturnType<typeof timeCalls>> | undefined
    if (phases.has("calls")) {
      console.error(`Every backend call of the hot pages, ${requests} requests each, one after another…`)
      await secondsUntilIdle(medusa) // the orders of the checkouts still run their subscribers
      calls = await timeCalls(shop, storeClient(BACKEND, storeHeaders), requests, medusa)
    }
    const beside = cpuBeside(cpuBefore, (performance.now() - runStarted) / 1000)

    console.log(
      `\n${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}; catalog: ${shop.products} products ` +
        `(${shop.handles.length} listed), ${shop.variants} variants, ${shop.packagings.length} purchasable packagings in stock; ` +
        `catalog page cache CATALOG_CACHE_MS=${CATALOG_CACHE_MS}; phases: ${[...phases].join(", ")}` +
        (runs.length ? `; ${CLIENTS} clients, ${seconds} s per run` : "") +
        "\n"
    )
    if (runs.length) printLoads(runs, home, homeAlone)
    if (checkout) printCheckouts(checkout, checkouts)
    if (calls) printCalls(calls, shop)
    console.log(
      `\nBeside the benchmark, CPU over the ${Math.round(beside.seconds)} s measured (100% = one core of ${os.cpus().length}): ` +
        `load generator (this process) ${beside.self}%, marketplace (Medusa, Next.js, PostgreSQL) ${beside.marketplace}%, ` +
        `everything else ${beside.othersTotal}%${beside.others.length ? ` (${beside.others.join(", ")})` : ""}; ` +
        `load average ${loadBefore.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end.`
    )
  } finally {
    await stopService(marketplace)
  }
}

function printLoads(runs: LoadRun[], home: Probe | undefined, homeAlone: Probe | undefined) {
  console.log("| request | clients | requests | errors | req/s | p50 ms | p95 ms | p99 ms | Medusa busy after the load |")
  console.log("|---|---|---|---|---|---|---|---|---|")
  for (const r of runs)
    console.log(
      `| ${r.name} | ${r.connections} | ${r.requests} | ${r.errors} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.idle} |`
    )
  if (home && homeAlone) {
    console.log(
      `\nHome page \`/\` probed once a second during the product-page load: ${home.times.length} probes, ${home.errors} errors, ` +
        `p50 ${ms(home.times, 50)} ms, **p95 ${ms(home.times, 95)} ms**, max ${ms(home.times, 100)} ms ` +
        `(alone before the load: p50 ${ms(homeAlone.times, 50)} ms of ${homeAlone.times.length})`
    )
  }
  console.log(
    "\n“Medusa busy after the load”: from the end of the load until the Medusa server process first used under a tenth " +
      "of a core over half a second (/proc/<pid>/stat)."
  )
}

function printCheckouts(checkout: Awaited<ReturnType<typeof timeCheckouts>>, count: number) {
  console.log(
    `\n| checkout step (${count} checkouts one after another, 1 random packaging, cash on delivery) | p50 ms | p95 ms | max ms |`
  )
  console.log("|---|---|---|---|")
  for (const [step, times] of Object.entries(checkout.times))
    console.log(`| ${step} | ${ms(times, 50)} | ${ms(times, 95)} | ${ms(times, 100)} |`)
  console.log(
    `\n${checkout.orders} orders placed, ${checkout.failures.length} checkouts failed` +
      (checkout.failures.length ? `: ${[...new Set(checkout.failures)].slice(0, 3).join("; ")}` : "")
  )
}

/** What the runs draw from: the listed catalog, its packagings in stock, its producers, and the values its filters take. */
async function readShop() {
  const rows = <T extends Record<string, unknown>>(sql: string) => queryDatabase<T>(DATABASE_URL, sql)
  const [{ token }] = await rows<{ token: string }>(
    "select token from api_key where title = 'Storefront' and revoked_at is null limit 1"
  )
  const [{ id: regionId }] = await rows<{ id: string }>(
    "select id from region where name = 'Việt Nam' and deleted_at is null limit 1"
  )
  const [{ products, variants }] = await rows<{ products: string; variants: string }>(
    `select (select count(*) from product where deleted_at is null) as products,
            (select count(*) from product_variant where deleted_at is null) as variants`
  )
  const cards = await rows<{
    id: string
    handle: string
    title: string
    demo: boolean
    price_min: number | null
    province: string | null
    product_set: number
    producer_handle: string | null
  }>(
    "select id, handle, title, handle not like 'bench-%' as demo, price_min, province, product_set, producer_handle from product_card where deleted_at is null"
  )
  const packagings = await rows<{ id: string }>(
    `select p->>'id' as id from product_card c, jsonb_array_elements(c.packagings) p
     where c.deleted_at is null and (p->>'in_stock')::boolean`
  )
  // The calls phase raises a cart line to 2: only packagings with room for it (null: not counted).
  const roomy = await rows<{ id: string }>(
    `select p->>'id' as id from product_card c, jsonb_array_elements(c.detail->'packagings') p
     where c.deleted_at is null and coalesce((p->>'available')::int, 3) >= 3`
  )
  if (!cards.length || !packagings.length || !roomy.length)
    throw new Error("The benchmark catalog lists no product in stock: see .data/bench/logs/resync.log.")
  const cardsOf = new Map<string, number>()
  for (const { producer_handle: handle } of cards) if (handle) cardsOf.set(handle, (cardsOf.get(handle) ?? 0) + 1)
  return {
    token,
    regionId,
    products: Number(products),
    variants: Number(variants),
    handles: cards.map((c) => c.handle),
    productIds: cards.map((c) => c.id),
    packagings: packagings.map((p) => p.id),
    roomyPackagings: roomy.map((p) => p.id),
    /** Producers with a listed product, and how many they list. */
    producers: [...cardsOf].map(([handle, listed]) => ({ handle, listed })),
    ...filterChoices(cards),
  }
}

/** `count` requests to a page, one every `everyMs` (0: one after another); every response time kept. */
async function probe(url: string, count: number, everyMs: number) {
  const times: number[] = []
  let errors = 0
  const once = async () => {
    const started = performance.now()
    try {
      const response = await fetch(url)
      await response.arrayBuffer()
      if (!response.ok) errors++
    } catch {
      errors++
    }
    times.push(performance.now() - started)
  }
  const probes: Promise<void>[] = []
  for (let n = 0; n < count; n++) {
    const next = once()
    probes.push(next)
    if (everyMs) await sleep(everyMs)
    else await next
  }
  await Promise.all(probes)
  return { times: times.sort((a, b) => a - b), errors }
}

/** Complete checkouts, one after another, the way the storefront's checkout makes its calls; each step timed. */
async function timeCheckouts(shop: Shop, storeHeaders: Record<string, string>, count: number) {
  const store = storeClient(BACKEND, storeHeaders)
  const steps = {
    create: "create cart (POST /store/carts)",
    add: "add a random listed packaging (POST /store/carts/:id/line-items)",
    choices: "delivery choices (GET /store/carts/:id/delivery)",
    address: "address and email (POST /store/carts/:id)",
    delivery: "delivery choice (POST /store/carts/:id/delivery, standard)",
    paymentCollection: "payment collection (POST /store/payment-collections)",
    paymentSession: "cash-on-delivery payment session (POST …/payment-sessions)",
    complete: "complete (POST /store/carts/:id/complete → order)",
    whole: "whole checkout",
  }
  const times: Record<string, number[]> = Object.fromEntries(Object.values(steps).map((step) => [step, []]))
  const timed = async <T>(step: keyof typeof steps, work: () => Promise<T>): Promise<T> => {
    const started = performance.now()
    const result = await work()
    times[steps[step]].push(performance.now() - started)
    return result
  }
  const failures: string[] = []
  let orders = 0
  for (let n = 0; n < count; n++) {
    try {
      await timed("whole", async () => {
        const { cart } = await timed("create", () =>
          store<CartAnswer>("POST", "/store/carts?fields=id", { region_id: shop.regionId })
        )
        const item = { variant_id: pick(shop.packagings), quantity: 1 }
        await timed("add", () => store("POST", `/store/carts/${cart.id}/line-items?fields=id`, item))
        await timed("choices", () => store("GET", `/store/carts/${cart.id}/delivery`))
        await placeOrder(store, cart.id, `bench-${Date.now()}-${n}@example.vn`, timed)
      })
      orders++
    } catch (error) {
      failures.push(failure(error))
    }
  }
  for (const list of Object.values(times)) list.sort((a, b) => a - b)
  return { times, orders, failures }
}

/**
 * Every distinct backend call of the hot pages, as the storefront makes it (lib/data), with the pages that
 * make it: the rows of docs/ARCHITECTURE.md, "Hot pages and their backend calls".
 */
const CALLS = {
  home: { pages: "home", call: "GET /store/catalog?sort=newest&limit=8 (cards + facets)" },
  catalogFirst: { pages: "catalog, unfiltered", call: "GET /store/catalog?sort=newest&limit=24&offset=0" },
  catalogFiltered: { pages: "catalog, filtered", call: "GET /store/catalog, random filters/sort/page of 24" },
  product: { pages: "product", call: "GET /store/catalog/:handle, random handle" },
  producer: { pages: "producer", call: "GET /store/producers/:handle, random producer" },
  producerCards: { pages: "producer", call: "GET /store/catalog?producer=…&sort=newest&limit=100, one of its pages" },
  region: { pages: "product: add to cart without a cart (cached 1 h)", call: "GET /store/regions?fields=id,name,currency_code" },
  stock: {
    pages: "product, cart: only when Medusa refuses for stock",
    call: "GET /store/products/:id?fields=variants…inventory_quantity…, random listed product",
  },
  createCart: { pages: "product: add to cart without a cart", call: "POST /store/carts?fields=id" },
  addLine: { pages: "product: add to cart", call: "POST /store/carts/:id/line-items?fields=id (random packaging)" },
  cartCount: {
    pages: "every shop page with a cart (header); cart actions",
    call: "GET /store/carts/:id?fields=id,completed_at,items.id,items.quantity",
  },
  cart: { pages: "cart, checkout, place order", call: "GET /store/carts/:id (Medusa's default fields)" },
  certification: { pages: "cart", call: "GET /store/carts/:id/certification" },
  updateLine: { pages: "cart: change quantity", call: "POST /store/carts/:id/line-items/:line_id?fields=id (1 → 2)" },
  deleteLine: { pages: "cart: remove line", call: "DELETE /store/carts/:id/line-items/:line_id" },
  deliveryChoices: { pages: "checkout; place order (pickup)", call: "GET /store/carts/:id/delivery" },
  address: { pages: "place order", call: "POST /store/carts/:id?fields=id (email, addresses)" },
  delivery: { pages: "checkout: choose delivery; place order", call: "POST /store/carts/:id/delivery (standard)" },
  paymentCollection: { pages: "place order", call: "POST /store/payment-collections" },
  paymentSession: { pages: "place order", call: "POST /store/payment-collections/:id/payment-sessions (cash on delivery)" },
  complete: { pages: "place order", call: "POST /store/carts/:id/complete → order" },
  order: { pages: "confirmation", call: "GET /store/orders/:id?fields=*payment_collections.payment_sessions" },
  shipments: { pages: "confirmation", call: "GET /store/orders/:id/shipments" },
}
type CallName = keyof typeof CALLS
type Timed = <T>(name: CallName, work: () => Promise<T>) => Promise<T>

/** The fields the storefront asks for when it tells a shopper how many are left (getPurchasableQuantity). */
const STOCK_FIELDS = "variants.id,+variants.inventory_quantity,variants.manage_inventory,variants.allow_backorder"
/** The producer page reads its cards 100 at a time, at most 500 (listProducerCards). */
const producerPages = (listed: number) => Math.min(5, Math.ceil(listed / 100))

/** The reads, each with the route of its next request: a random product, producer or filtered page where it takes one. */
function readRoutes(shop: Shop): [CallName, () => string][] {
  const query = (params: Record<string, string>) => new URLSearchParams(params).toString()
  return [
    ["home", () => `/store/catalog?${query({ sort: "newest", limit: "8", offset: "0" })}`],
    ["catalogFirst", () => `/store/catalog?${query({ sort: "newest", limit: "24", offset: "0" })}`],
    ["catalogFiltered", () => `/store/catalog?${randomFilters(shop, 24)}`],
    ["product", () => `/store/catalog/${encodeURIComponent(pick(shop.handles))}`],
    ["producer", () => `/store/producers/${encodeURIComponent(pick(shop.producers).handle)}`],
    [
      "producerCards",
      () => {
        const { handle, listed } = pick(shop.producers)
        const offset = 100 * Math.floor(Math.random() * producerPages(listed))
        return `/store/catalog?${query({ producer: handle, sort: "newest", limit: "100", offset: String(offset) })}`
      },
    ],
    ["region", () => `/store/regions?${query({ fields: "id,name,currency_code" })}`],
    ["stock", () => `/store/products/${pick(shop.productIds)}?${query({ fields: STOCK_FIELDS })}`],
  ]
}

/**
 * Each call alone, one request at a time, `count` times: the reads for random products, producers and
 * pages, then the cart calls along `count` shoppers, each on a fresh cart that ends in an order.
 */
async function timeCalls(shop: Shop, store: StoreRequest, count: number, medusa: number[]) {
  const times = Object.fromEntries(Object.keys(CALLS).map((name) => [name, [] as number[]])) as Record<CallName, number[]>
  const failures: string[] = []
  const timed: Timed = async (name, work) => {
    const started = performance.now()
    const result = await work()
    times[name].push(performance.now() - started)
    return result
  }
  // The first request of each call loads its code and warms its queries: not timed.
  const untimed: Timed = async (_name, work) => work()
  for (const [name, route] of readRoutes(shop)) {
    await untimed(name, () => store("GET", route())).catch(() => undefined)
    for (let n = 0; n < count; n++) await timed(name, () => store("GET", route())).catch((error) => failures.push(failure(error)))
  }
  await shopperCalls(shop, store, untimed, "warm-up").catch((error) => failures.push(`warm-up: ${failure(error)}`))
  for (let n = 0; n < count; n++) {
    await shopperCalls(shop, store, timed, String(n)).catch((error) => failures.push(failure(error)))
    // An order's subscribers (split by producer, card refresh) finish before the next shopper starts.
    await secondsUntilIdle(medusa)
  }
  for (const list of Object.values(times)) list.sort((a, b) => a - b)
  return { times, failures }
}

type OrderStep = CheckoutStep | "complete"

/** What the storefront's placeOrder does: email and addresses, standard delivery, cash on delivery, complete. */
async function placeOrder(
  store: StoreRequest,
  cartId: string,
  email: string,
  timed: <T>(step: OrderStep, work: () => Promise<T>) => Promise<T>
) {
  await prepareCheckout(store, cartId, email, timed)
  const result = await timed("complete", () => store<CompleteAnswer>("POST", `/store/carts/${cartId}/complete`, {}))
  if (result.type !== "order") throw new Error(`complete: no order (${result.error?.message ?? "no reason given"})`)
  return result.order
}

/**
 * One shopper's cart calls in the storefront's order: add two packagings from product pages (a new cart),
 * the header and the cart page, raise one line and remove it, the checkout page, place the order (address,
 * delivery, cash-on-delivery payment, complete), then the confirmation page.
 */
async function shopperCalls(shop: Shop, store: StoreRequest, timed: Timed, shopper: string) {
  const { cart } = await timed("createCart", () =>
    store<CartAnswer>("POST", "/store/carts?fields=id", { region_id: shop.regionId })
  )
  const route = `/store/carts/${cart.id}`
  const kept = pick(shop.packagings)
  const changed = pick(shop.roomyPackagings.filter((id) => id !== kept))
  await timed("addLine", () => store("POST", `${route}/line-items?fields=id`, { variant_id: kept, quantity: 1 }))
  await timed("addLine", () => store("POST", `${route}/line-items?fields=id`, { variant_id: changed, quantity: 1 }))
  await timed("cartCount", () =>
    store("GET", `${route}?${new URLSearchParams({ fields: "id,completed_at,items.id,items.quantity" })}`)
  )
  const { cart: full } = await timed("cart", () => store<{ cart: { items: { id: string; variant_id: string }[] } }>("GET", route))
  await timed("certification", () => store("GET", `${route}/certification`))
  const line = full.items.find((item) => item.variant_id === changed)
  if (!line) throw new Error("GET /store/carts/:id: the second line added is not in the cart")
  await timed("updateLine", () => store("POST", `${route}/line-items/${line.id}?fields=id`, { quantity: 2 }))
  await timed("deleteLine", () => store("DELETE", `${route}/line-items/${line.id}`))
  await timed("deliveryChoices", () => store("GET", `${route}/delivery`))
  const placed = await placeOrder(store, cart.id, `bench-calls-${Date.now()}-${shopper}@example.vn`, timed)
  const order = `/store/orders/${placed.id}`
  await timed("order", () => store("GET", `${order}?${new URLSearchParams({ fields: "*payment_collections.payment_sessions" })}`))
  await timed("shipments", () => store("GET", `${order}/shipments`))
}

function printCalls({ times, failures }: Awaited<ReturnType<typeof timeCalls>>, shop: Shop) {
  console.log("\n| page(s) | call (one client, requests one after another) | requests | p50 ms | p95 ms |")
  console.log("|---|---|---|---|---|")
  for (const [name, { pages, call }] of Object.entries(CALLS)) {
    const sorted = times[name as CallName]
    const at = (p: number) => (sorted.length ? ms(sorted, p) : "—")
    console.log(`| ${pages} | ${call} | ${sorted.length} | ${at(50)} | ${at(95)} |`)
  }
  const walks = shop.producers.map(({ listed }) => producerPages(listed))
  const [fewest, most] = [Math.min(...walks), Math.max(...walks)]
  console.log(
    `\nA producer page reads its cards in ${fewest === most ? most : `${fewest}–${most}`} catalog requests one after another ` +
      `(one per 100 listed products, at most 5; ${shop.producers.length} producers list products). ` +
      `${failures.length} requests or shoppers failed` +
      (failures.length ? `: ${[...new Set(failures)].slice(0, 3).join("; ")}` : ".")
  )
}

// ---------------------------------------------------------------------------------------------------
// CPU, read from /proc

type ProcessInfo = { pid: number; ppid: number; name: string; ticks: number }
const CLOCK_TICKS = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100

/** Every process with its parent and the CPU it used so far (user + system, in clock ticks). */
function processTable(): Map<number, ProcessInfo> {
  const table = new Map<number, ProcessInfo>()
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8")
      const close = stat.lastIndexOf(")")
      const fields = stat.slice(close + 2).split(" ") // from field 3 (state) on
      table.set(Number(entry), {
        pid: Number(entry),
        name: stat.slice(stat.indexOf("(") + 1, close),
        ppid: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
      })
    } catch {
      /* exited meanwhile */
    }
  }
  return table
}

function descendants(table: Map<number, ProcessInfo>, root: number): Set<number> {
  const found = new Set([root])
  for (let size = 0; size !== found.size; ) {
    size = found.size
    for (const p of table.values()) if (found.has(p.ppid)) found.add(p.pid)
  }
  return found
}

/** The Medusa server among the marketplace's processes: the ones running in the backend's build. */
function medusaServer(marketplacePid: number): number[] {
  const server = realpathSync(path.join(ROOT, "backend/.medusa/server"))
  const pids = [...descendants(processTable(), marketplacePid)].filter((pid) => {
    try {
      return readlinkSync(`/proc/${pid}/cwd`) === server
    } catch {
      return false
    }
  })
  if (!pids.length) throw new Error("Could not find the Medusa server among the marketplace's processes.")
  return pids
}

/** From now until the Medusa server first uses under a tenth of a core over half a second (at most 2 minutes). */
async function secondsUntilIdle(pids: number[]): Promise<string> {
  const ticks = () => {
    const table = processTable()
    return pids.reduce((sum, pid) => sum + (table.get(pid)?.ticks ?? 0), 0)
  }
  const started = performance.now()
  let before = ticks()
  for (let window = 0; window < 240; window++) {
    await sleep(500)
    const now = ticks()
    if ((now - before) / CLOCK_TICKS < 0.05)
      return window ? `${((performance.now() - started - 500) / 1000).toFixed(1)} s` : "< 0.5 s"
    before = now
  }
  return "> 120 s"
}

/** CPU since `before` (as % of one core): this process, the marketplace, and everything else by process name. */
function cpuBeside(before: Map<number, ProcessInfo>, seconds: number) {
  const after = processTable()
  const ours = descendants(after, process.pid)
  const percent = (ticks: number) => Math.round((ticks / CLOCK_TICKS / seconds) * 100)
  const used = (p: ProcessInfo) => p.ticks - (before.get(p.pid)?.ticks ?? 0)
  let self = 0
  let marketplace = 0
  const others = new Map<string, number>()
  for (const p of after.values()) {
    if (p.pid === process.pid) self += used(p)
    else if (ours.has(p.pid)) marketplace += used(p)
    else others.set(p.name, (others.get(p.name) ?? 0) + used(p))
  }
  const othersTotal = [...others.values()].reduce((a, b) => a + b, 0)
  const notable = [...others].filter(([, ticks]) => percent(ticks) >= 1).sort((a, b) => b[1] - a[1])
  return {
    seconds,
    self: percent(self),
    marketplace: percent(marketplace),
    othersTotal: percent(othersTotal),
    others: notable.map(([name, ticks]) => `${name} ${percent(ticks)}%`),
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
