import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { expect, test, type APIRequestContext } from "@playwright/test"

const BACKEND_URL = process.env.BACKEND_URL ?? "http://localhost:9000"
const DEMO_PASSWORD = "ocop-demo-2026"
/** A demo producer with listed products: Kỳ Phú fish sauce. */
const PRODUCER = { email: "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local", handle: "nuoc-mam-ky-phu" }
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000

/** The node-postgres client the scripts package already installs (the e2e package adds no dependency for it). */
type Pg = {
  Client: new (options: {
    connectionString: string
  }) => {
    connect(): Promise<void>
    query(text: string, values?: unknown[]): Promise<{ rowCount: number | null }>
    end(): Promise<void>
  }
}
const pg = createRequire(path.join(__dirname, "../../scripts/package.json"))("pg") as Pg

/** Bearer headers of a login through the backend's API. */
async function logInApi(request: APIRequestContext, actor: "user" | "producer", email: string) {
  const res = await request.post(`${BACKEND_URL}/auth/${actor}/emailpass`, { data: { email, password: DEMO_PASSWORD } })
  expect(res.ok(), `login ${email}: HTTP ${res.status()}`).toBe(true)
  const { token } = (await res.json()) as { token: string }
  return { Authorization: `Bearer ${token}` }
}

async function call(
  request: APIRequestContext,
  method: "get" | "post",
  url: string,
  headers: Record<string, string>,
  data?: unknown
) {
  const res = await request[method](`${BACKEND_URL}${url}`, { headers, data })
  expect(res.ok(), `${method.toUpperCase()} ${url}: HTTP ${res.status()} ${await res.text()}`).toBe(true)
  return res.json()
}

/** A cash-on-delivery order of one fish sauce bottle, placed through the store API as the storefront does. */
async function placeCodOrder(request: APIRequestContext, office: Record<string, string>) {
  const { api_keys } = await call(request, "get", "/admin/api-keys?type=publishable&title=Storefront", office)
  const store = { "x-publishable-api-key": api_keys[0].token as string }
  const { regions } = await call(request, "get", "/store/regions", store)
  const { products } = await call(request, "get", `/store/products?handle=${PRODUCER.handle}&fields=variants.id`, store)
  const { cart } = await call(request, "post", "/store/carts", store, { region_id: regions[0].id })
  await call(request, "post", `/store/carts/${cart.id}/line-items`, store, {
    variant_id: products[0].variants[0].id,
    quantity: 1,
  })
  await call(request, "post", `/store/carts/${cart.id}`, store, {
    email: `e2e-settlement-${Date.now()}@example.vn`,
    shipping_address: {
      first_name: "Lan",
      last_name: "Phạm Thị",
      phone: "0912345678",
      address_1: "5 Hà Huy Tập",
      city: "Phường Thành Sen",
      province: "Hà Tĩnh",
      country_code: "vn",
    },
  })
  await call(request, "post", `/store/carts/${cart.id}/delivery`, store, { code: "standard" })
  const { payment_collection } = await call(request, "post", "/store/payment-collections", store, { cart_id: cart.id })
  await call(request, "post", `/store/payment-collections/${payment_collection.id}/payment-sessions`, store, {
    provider_id: "pp_system_default",
  })
  const completed = await call(request, "post", `/store/carts/${cart.id}/complete`, store)
  expect(completed.type).toBe("order")
  return completed.order as { id: string; display_id: number }
}

/** "2026-11": the month before this one, in Vietnam. */
function lastMonth() {
  const now = new Date(Date.now() + VIETNAM_OFFSET_MS)
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7)
}

test("the producer downloads its statement", async ({ page, request }) => {
  const office = await logInApi(request, "user", "admin@ocop.local")
  const producer = await logInApi(request, "producer", PRODUCER.email)

  // A parcel paid on delivery: the producer ships it and reports the cash collected.
  const order = await placeCodOrder(request, office)
  const { orders } = await call(request, "get", "/producer/orders?status=pending", producer)
  const part = orders.find((o: { order_id: string }) => o.order_id === order.id) as { id: string; total: number }
  await call(request, "post", `/producer/orders/${part.id}/ship`, producer, { tracking_number: "GHN-QT-E2E", carrier: "GHN" })
  await call(request, "post", `/producer/orders/${part.id}/deliver`, producer, {})

  // Only a month that has ended can be closed, and this one has not: the delivery is moved to the 10th
  // of last month in the marketplace's own database, as if the parcel had been delivered then.
  const month = lastMonth()
  const db = new pg.Client({
    connectionString: `postgres://postgres:postgres@localhost:${process.env.E2E_PG_PORT ?? 54331}/ocop`,
  })
  await db.connect()
  try {
    const moved = await db.query("UPDATE producer_order SET shipped_at = $2, delivered_at = $2 WHERE id = $1", [
      part.id,
      new Date(`${month}-10T10:00:00+07:00`),
    ])
    expect(moved.rowCount).toBe(1)
  } finally {
    await db.end()
  }

  // The office closes last month.
  const closed = await call(request, "post", "/admin/settlements/close", office, { period: month })
  expect(closed.statements.length).toBeGreaterThan(0)

  // The producer finds it in the portal, opens it and downloads it.
  await page.goto("/producer/login")
  await page.getByLabel("Email").fill(PRODUCER.email)
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page).toHaveURL(/\/producer$/)
  await page.getByRole("navigation").getByRole("link", { name: "Quyết toán" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đối soát / Quyết toán")
  const monthLabel = `Tháng ${month.slice(5)}/${month.slice(0, 4)}`
  await page.getByRole("link", { name: monthLabel }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Quyết toán ${monthLabel.toLowerCase()}`)
  const lines = page.getByRole("region", { name: `Các khoản bán tháng ${month.slice(5)}/${month.slice(0, 4)}` })
  const line = lines.getByRole("row").filter({ hasText: `#${order.display_id}` })
  await expect(line).toContainText("Thu hộ khi giao (COD)")
  await expect(line).toContainText(`${part.total.toLocaleString("vi-VN")}\u00a0₫`)
  await expect(page.getByText("Chưa chi trả", { exact: true })).toBeVisible()

  const downloading = page.waitForEvent("download")
  await page.getByRole("link", { name: "Tải bảng quyết toán (CSV)" }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(new RegExp(`^quyet-toan-ocop_${month}_stmt_[A-Z0-9]+\\.csv$`))
  const csv = readFileSync((await download.path())!, "utf8")
  // UTF-8 with a BOM so Excel shows the Vietnamese; amounts as plain integers a spreadsheet adds up.
  expect(csv.startsWith("\uFEFFBảng quyết toán,")).toBe(true)
  expect(csv).toContain(`Tháng ${month.slice(5)}/${month.slice(0, 4)}`)
  expect(csv.split("\r\n")).toContainEqual(
    expect.stringMatching(new RegExp(`,#${order.display_id},Thu hộ khi giao \\(COD\\),${part.total},0$`))
  )
})
