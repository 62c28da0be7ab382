import { readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"
import { integrationTestRunner } from "./test-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { ERROR_CODES } from "@ocop/contracts"
import * as requestSchemas from "@ocop/contracts/schemas"
import { PeriodQuery } from "@ocop/contracts/schemas"
import { newStampCode } from "../../src/modules/traceability/stamp-code"
import { DEMO_BATCH, DEMO_SHOWROOMS } from "../../src/scripts/seed"
import { adminHeaders, demoLogin, type Refusal, type Suite, seedDemoStore } from "./demo-store"

jest.setTimeout(900_000)

const API_DIR = path.resolve(__dirname, "../../src/api")

type Route = { path: string; method: "GET" | "POST" | "DELETE"; params: string[] }
type Actor = "nobody" | "shopper" | "producer" | "showroom_staff" | "office"
type Case = { name: string; path: string; query?: string; body?: unknown; rawBody?: string }

/** Every custom route, read from the route files: a new route joins the suite without anyone listing it. */
function customRoutes(dir = API_DIR): Route[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return customRoutes(file)
    if (name !== "route.ts") return []
    const urlPath =
      "/" +
      path
        .relative(API_DIR, dir)
        .split(path.sep)
        .map((part) => part.replace(/^\[(.+)\]$/, ":$1"))
        .join("/")
    const params = [...urlPath.matchAll(/:(\w+)/g)].map((m) => m[1])
    const methods = [...readFileSync(file, "utf8").matchAll(/export (?:const|async function) (GET|POST|DELETE)\b/g)].map(
      (m) => m[1] as Route["method"]
    )
    return methods.map((method) => ({ path: urlPath, method, params }))
  })
}

/** What the walk below reads of a zod schema: its definition's object shape and the schemas it wraps. */
type WalkedSchema = { _zod?: { def?: WalkedDef }; def?: WalkedDef }
type WalkedDef = { shape?: object; innerType?: unknown; in?: unknown; out?: unknown; schema?: unknown }

/** The top-level field names of every request schema, to fill a hostile body with. */
function knownFields(): string[] {
  const names = new Set<string>()
  const visit = (schema: unknown, depth = 0): void => {
    if (!schema || depth > 6) return
    const walked = schema as WalkedSchema
    const def = walked._zod?.def ?? walked.def
    if (def?.shape) for (const key of Object.keys(def.shape)) names.add(key)
    for (const inner of [def?.innerType, def?.in, def?.out, def?.schema]) visit(inner, depth + 1)
  }
  // The request schemas all live in the contracts (the report period is the one left in api/).
  for (const value of [...Object.values(requestSchemas), PeriodQuery]) {
    if (value instanceof z.ZodType) visit(value)
  }
  return [...names]
}

const NUL = "\u0000"
const LONG = "x".repeat(30_000)
const fill = (fields: string[], value: () => unknown) => Object.fromEntries(fields.map((f) => [f, value()]))
const UNKNOWN_ID = "prod_01JZZZZZZZZZZZZZZZZZZZZZZZ"
/** The refusal codes clients may decide by: every 4xx must carry one of them. */
const KNOWN_CODES = new Set<string>(Object.values(ERROR_CODES))

/** A stamp code as one is printed, check character and all, that no stamp has. */
const UNKNOWN_STAMP = newStampCode()
/** How an internal id looks (prefix_ULID): none may appear in a message a person reads. */
const INTERNAL_ID = /\b[a-z]{2,12}_[0-9A-HJKMNP-TV-Z]{26}\b/
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i

/** Whether the actor is the one a route's prefix serves (anybody may use /store, /feeds and /uploads). */
function mayUse(actor: Actor, routePath: string): boolean {
  const owners: Record<string, Actor> = { producer: "producer", showroom: "showroom_staff", admin: "office" }
  const owner = owners[routePath.split("/")[1]]
  return owner ? owner === actor : actor !== "nobody" || !routePath.startsWith("/store")
}

function casesFor(route: Route, fields: string[], foreign: Record<string, string>): Case[] {
  const withParam = (value: string) => route.params.reduce((p, name) => p.replace(`:${name}`, value), route.path)
  const idPath = route.params.reduce((p, name) => p.replace(`:${name}`, name === "code" ? UNKNOWN_STAMP : UNKNOWN_ID), route.path)
  const cases: Case[] = []
  if (route.params.length) {
    cases.push(
      { name: "NUL in a path parameter", path: withParam("a%00b") },
      { name: "control character in a path parameter", path: withParam("a%0Ab") },
      { name: "lone % in a path parameter", path: withParam("50%") },
      { name: "malformed percent-encoding in a path parameter", path: withParam("%c0%ae") },
      { name: "oversized path parameter", path: withParam("x".repeat(300)) },
      { name: "unknown id", path: idPath }
    )
    const foreignId = foreign[route.path]
    if (foreignId) cases.push({ name: "another tenant's id", path: withParam(encodeURIComponent(foreignId)) })
  }
  cases.push(
    { name: "NUL in a query value", path: idPath, query: "q=%00&from=2026-01-01" },
    { name: "control characters in query values", path: idPath, query: "q=a%0Db&province=%1B%5B31m" },
    { name: "malformed percent-encoding in the query", path: idPath, query: "q=%c0%ae&stars=%" },
    { name: "oversized query value", path: idPath, query: `q=${"a".repeat(5_000)}` },
    {
      name: "oversized query list",
      path: idPath,
      query: `stars=${Array(500).fill(4).join(",")}&province=${Array(200).fill("Hà Tĩnh").join(",")}`,
    }
  )
  if (route.method === "GET") {
    cases.push(
      { name: "impossible dates in the query", path: idPath, query: "from=2026-02-30&to=%2B275760-09-13" },
      { name: "year zero in the query", path: idPath, query: "from=0000-01-01&to=0000-12-31" },
      { name: "wrong types in the query", path: idPath, query: "limit=abc&offset=-1&stars=many&in_stock=maybe&format=exe" }
    )
  } else {
    cases.push(
      { name: "body that is not JSON", path: idPath, rawBody: '{"title": "unterminated' },
      { name: "body that is a list", path: idPath, body: [1, 2, 3] },
      { name: "NUL in every field", path: idPath, body: fill(fields, () => `a${NUL}b`) },
      { name: "bidirectional override in every field", path: idPath, body: fill(fields, () => "abc\u202Edef") },
      { name: "oversized strings in every field", path: idPath, body: fill(fields, () => LONG) },
      { name: "wrong types in every field", path: idPath, body: fill(fields, () => ({ $gt: "" })) },
      { name: "oversized lists in every field", path: idPath, body: fill(fields, () => Array(5_000).fill("x")) },
      { name: "impossible dates in every field", path: idPath, body: fill(fields, () => "2026-02-30") },
      { name: "scripts as URLs in every field", path: idPath, body: fill(fields, () => "javascript:alert(document.cookie)") }
    )
  }
  return cases
}

/** A fingerprint of everything stored: each table's row count and latest update. */
async function storedState(container: MedusaContainer): Promise<string> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows: tables } = await pg.raw(
    `SELECT c.table_name, bool_or(c.column_name = 'updated_at') AS has_updated_at
     FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' GROUP BY c.table_name ORDER BY c.table_name`
  )
  const parts = (tables as { table_name: string; has_updated_at: boolean }[]).map(
    (t) =>
      `SELECT '${t.table_name}' AS t, count(*)::text AS n, ${t.has_updated_at ? "max(updated_at)::text" : "''"} AS u FROM "${t.table_name}"`
  )
  const { rows } = await pg.raw(parts.join(" UNION ALL "))
  return (rows as { t: string; n: string; u: string | null }[])
    .map((r) => `${r.t}:${r.n}:${r.u ?? ""}`)
    .sort()
    .join("\n")
}

/**
 * Walks every custom route with control characters, broken encodings, wrong types, oversized strings
 * and lists, impossible dates and foreign ids, as every actor and as nobody: no answer is a 5xx, every
 * refusal carries a code and a Vietnamese sentence without internal ids, and nothing is stored.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    const headers = {} as Record<Actor, Record<string, string>>
    const foreign: Record<string, string> = {}

    beforeAll(async () => {
      const container = getContainer()
      const store = await seedDemoStore(container)
      const key = store.headers["x-publishable-api-key"]
      const withKey = (auth?: { headers: Record<string, string> }) => ({ ...auth?.headers, "x-publishable-api-key": key })
      headers.nobody = {}
      headers.shopper = withKey()
      // The candy producer acts; the fish sauce producer's records are the foreign ones.
      headers.producer = withKey(await demoLogin(api, "producer", "nguyen-thi-hang@ocop.local"))
      headers.showroom_staff = withKey(await demoLogin(api, "showroom_staff", DEMO_SHOWROOMS[0].staff.email))
      headers.office = withKey(await adminHeaders(api))

      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: products } = await query.graph({
        entity: "product",
        fields: ["id", "variants.id", "certificates.id"],
        filters: { handle: DEMO_BATCH.product },
      })
      const [fishSauce] = products
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await pg.raw<{ rows: { batch_id: string; code: string }[] }>(
        `SELECT b.id AS batch_id, s.code FROM production_batch b JOIN ocop_stamp s ON s.batch_id = b.id LIMIT 1`
      )
      Object.assign(foreign, {
        "/producer/products/:id": fishSauce.id,
        "/producer/products/:id/variants": fishSauce.id,
        "/producer/products/:id/variants/:variant_id": fishSauce.variants![0]!.id,
        "/producer/certificates/:id/renewal": fishSauce.certificates![0]!.id,
        "/producer/batches/:id/activate": rows[0].batch_id,
        "/producer/batches/:id/stamps": rows[0].batch_id,
        "/producer/batches/:id/stamp-sheet": rows[0].batch_id,
        "/producer/stamps/:code/svg": rows[0].code,
        "/producer/stamps/:code/void": rows[0].code,
      })
    })

    it("answers every hostile request to every custom route with a clear 4xx and stores nothing", async () => {
      const container = getContainer()
      const routes = customRoutes()
      const fields = knownFields()
      expect(routes.length).toBeGreaterThan(60)
      expect(fields).toEqual(expect.arrayContaining(["title", "lines", "produced_on", "issued_at", "reason", "images"]))

      const failures: string[] = []
      let pairs = 0
      let requests = 0
      const before = await storedState(container)
      for (const route of routes) {
        for (const hostile of casesFor(route, fields, foreign)) {
          pairs++
          for (const actor of Object.keys(headers) as Actor[]) {
            requests++
            const url = hostile.query ? `${hostile.path}?${hostile.query}` : hostile.path
            const response = await api.request<Partial<Refusal> | undefined>({
              url,
              method: route.method,
              headers: { ...headers[actor], ...(route.method !== "GET" && { "content-type": "application/json" }) },
              data: hostile.rawBody ?? (route.method === "GET" ? undefined : JSON.stringify(hostile.body ?? {})),
              transformRequest: [(data: unknown) => data],
              validateStatus: () => true,
            })
            const { status, data } = response
            const where = `${route.method} ${route.path} — ${hostile.name} — as ${actor}: ${status}`
            if (status >= 500) failures.push(`${where} ${JSON.stringify(data).slice(0, 200)}`)
            else if (status < 400 && hostile.name !== "unknown id") {
              // Only a read may succeed (it ignores what it does not know); a write must be refused.
              if (route.method !== "GET") failures.push(`${where} accepted`)
            } else if (status === 401 && route.path.startsWith("/admin")) {
              // Medusa answers an unauthenticated /admin request itself, before any of our code runs.
              if (!data?.message) failures.push(`${where} without a message`)
            } else if (status >= 400) {
              const message = data?.message
              if (typeof message !== "string" || !message) failures.push(`${where} without a message`)
              else if (!data?.code) failures.push(`${where} without a code: ${message}`)
              else if (!KNOWN_CODES.has(data.code)) failures.push(`${where} with a code the contracts do not know: ${data.code}`)
              else if (INTERNAL_ID.test(message)) failures.push(`${where} shows an internal id: ${message}`)
              else if (!VIETNAMESE.test(message)) {
                failures.push(`${where} not in Vietnamese: ${message}`)
              }
            }
            if (hostile.name === "unknown id" && route.method === "GET" && mayUse(actor, route.path) && status !== 404) {
              failures.push(`${where}: an id nobody has must read as not found`)
            }
            if (hostile.name === "another tenant's id" && actor === "producer" && status !== 404 && status !== 400) {
              failures.push(`${where}: another producer's record must read as not found`)
            }
          }
        }
      }
      const after = await storedState(container)
      console.log(
        `hostile-input: ${routes.length} custom routes, ${pairs} route × case pairs, ${requests} requests (5 actors), ${failures.length} failures`
      )
      expect(failures).toEqual([])
      expect(after).toEqual(before)
    })
  },
})
