import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { expect, test } from "@playwright/test"
import { apiLogin, backendApi, firstVariantId, logInToPortal, placeCodOrder, storeApi } from "./steps"

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

/** "2026-11": the month before this one, in Vietnam. */
function lastMonth() {
  const now = new Date(Date.now() + VIETNAM_OFFSET_MS)
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7)
}

test("the producer downloads its statement", async ({ page, request }) => {
  const office = backendApi(request, await apiLogin(request, "user", "admin@ocop.local"))
  const producer = backendApi(request, await apiLogin(request, "producer", PRODUCER.email))

  // A parcel paid on delivery: the producer ships it and reports the cash collected.
  const store = await storeApi(request)
  const order = await placeCodOrder(store, [{ variant_id: await firstVariantId(store, PRODUCER.handle), quantity: 1 }], {
    email: `e2e-settlement-${Date.now()}@example.vn`,
    first_name: "Lan",
    last_name: "Phạm Thị",
    phone: "0912345678",
    address_1: "5 Hà Huy Tập",
  })
  const { orders } = await producer.get("/producer/orders?status=pending")
  const part = orders.find((o: { order_id: string }) => o.order_id === order.id) as { id: string; total: number }
  await producer.post(`/producer/orders/${part.id}/ship`, { tracking_number: "GHN-QT-E2E", carrier: "GHN" })
  await producer.post(`/producer/orders/${part.id}/deliver`)

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
  const closed = await office.post("/admin/settlements/close", { period: month })
  expect(closed.statements.length).toBeGreaterThan(0)

  // The producer finds it in the portal, opens it and downloads it.
  await logInToPortal(page, PRODUCER.email)
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
