import path from "node:path"
import { expect, test, type APIRequestContext, type Page } from "@playwright/test"

const BACKEND_URL = process.env.BACKEND_URL ?? "http://localhost:9000"
const DEMO_PASSWORD = "ocop-demo-2026"

/** Two demo producers with listed products: A makes Kỳ Phú fish sauce, B makes Hương Long cu đơ candy. */
const PRODUCER_A = { email: "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local", handle: "nuoc-mam-ky-phu" }
const PRODUCER_B = { email: "nguyen-thi-hang@ocop.local", handle: "keo-cu-do-ha-tinh-nguyen-hang" }

const vnd = (amount: number) => `${amount.toLocaleString("vi-VN")}\u00a0₫`

async function logIn(page: Page, email: string) {
  await page.goto("/producer/login")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page).toHaveURL(/\/producer$/)
}

async function logOut(page: Page) {
  await page.getByRole("button", { name: "Đăng xuất" }).click()
  await expect(page).toHaveURL(/\/producer\/login/)
}

/** The store API as the storefront calls it, with the publishable key the office manages. */
async function storeApi(request: APIRequestContext) {
  const auth = await request.post(`${BACKEND_URL}/auth/user/emailpass`, {
    data: { email: "admin@ocop.local", password: DEMO_PASSWORD },
  })
  const { token } = (await auth.json()) as { token: string }
  const keys = await request.get(`${BACKEND_URL}/admin/api-keys?type=publishable&title=Storefront`, {
    headers: { Authorization: `Bearer ${token}` },
  })
  const { api_keys } = (await keys.json()) as { api_keys: { token: string }[] }
  const headers = { "x-publishable-api-key": api_keys[0].token }
  return {
    get: async (path: string) => {
      const res = await request.get(`${BACKEND_URL}${path}`, { headers })
      expect(res.ok(), `GET ${path}: HTTP ${res.status()} ${await res.text()}`).toBe(true)
      return res.json()
    },
    post: async (path: string, data: unknown) => {
      const res = await request.post(`${BACKEND_URL}${path}`, { headers, data })
      expect(res.ok(), `POST ${path}: HTTP ${res.status()} ${await res.text()}`).toBe(true)
      return res.json()
    },
  }
}

type StoreApi = Awaited<ReturnType<typeof storeApi>>
type Shopper = { email: string; first_name: string; last_name: string; phone: string; address_1: string }

/** An order paid on delivery, placed through the store API (the checkout screens are covered elsewhere). */
async function placeCodOrder(store: StoreApi, lines: { variant_id: string; quantity: number }[], shopper: Shopper) {
  const { regions } = await store.get("/store/regions")
  const { cart } = await store.post("/store/carts", { region_id: regions[0].id })
  for (const line of lines) await store.post(`/store/carts/${cart.id}/line-items`, line)
  const { email, ...address } = shopper
  await store.post(`/store/carts/${cart.id}`, {
    email,
    shipping_address: { ...address, city: "Phường Thành Sen", province: "Hà Tĩnh", country_code: "vn" },
  })
  await store.post(`/store/carts/${cart.id}/delivery`, { code: "standard" })
  const { payment_collection } = await store.post("/store/payment-collections", { cart_id: cart.id })
  await store.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  const completed = await store.post(`/store/carts/${cart.id}/complete`, {})
  expect(completed.type).toBe("order")
  return completed.order as { id: string; display_id: number; total: number }
}

test("a producer changes a price in the portal and the shop shows the new price", async ({ page }) => {
  await logIn(page, PRODUCER_A.email)
  await page.getByRole("navigation").getByRole("link", { name: "Sản phẩm" }).click()
  await page.getByRole("link", { name: "Nước mắm Kỳ Phú" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Nước mắm Kỳ Phú")

  // A price a person would type, with the thousands dot; a negative one is refused first.
  const price = page.getByLabel("Giá (₫) Chai 500 ml")
  await price.fill("-5000")
  await page.getByRole("button", { name: "Lưu Chai 500 ml" }).click()
  await expect(price).toHaveAttribute("aria-invalid", "true")
  await price.fill("88.000")
  await page.getByRole("button", { name: "Lưu Chai 500 ml" }).click()
  await expect(page.getByText("Đã lưu.", { exact: true })).toBeVisible()

  await page.goto(`/products/${PRODUCER_A.handle}`)
  await page
    .getByRole("group", { name: "Quy cách" })
    .getByRole("radio", { name: /Chai 500 ml/ })
    .check()
  await expect(page.getByText(vnd(88_000)).first()).toBeVisible()
})

test("a producer adds a photo in the portal and the shop shows it, served from /uploads as a picture only", async ({
  page,
  request,
}) => {
  await logIn(page, PRODUCER_A.email)
  await page.getByRole("navigation").getByRole("link", { name: "Sản phẩm" }).click()
  await page.getByRole("link", { name: "Nước mắm Kỳ Phú" }).click()
  // A real 640×480 JPEG, as a phone would send it.
  await page.getByLabel("Thêm ảnh").setInputFiles(path.join(__dirname, "../fixtures/chai-nuoc-mam.jpg"))
  await page.getByRole("button", { name: "Lưu thông tin sản phẩm" }).click()
  await expect(page.getByText("Đã lưu thông tin sản phẩm.", { exact: true })).toBeVisible()

  await page.goto(`/products/${PRODUCER_A.handle}`)
  // The seed's 800×800 picture, stored the same way, still shows first.
  const seeded = page.getByRole("img", { name: "Nước mắm Kỳ Phú", exact: true }).first()
  await expect.poll(() => seeded.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(800)
  const photo = page.getByRole("img", { name: /^Nước mắm Kỳ Phú – ảnh \d+$/ }).last()
  await photo.scrollIntoViewIfNeeded()
  const src = await photo.getAttribute("src")
  expect(src?.startsWith(`${BACKEND_URL}/uploads/`)).toBe(true)
  expect(src).toMatch(/\/uploads\/\d+-[0-9a-f]{32}\.jpg$/)
  // The browser decoded it: the uploaded photo itself, not a broken image.
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(640)
  const served = await request.get(src!)
  expect(served.headers()["content-type"]).toBe("image/jpeg")
  expect(served.headers()["x-content-type-options"]).toBe("nosniff")
})

test("a two-producer order is split; each producer ships its part; the customer sees both parcels", async ({ page, request }) => {
  // The customer orders one item from each producer (the checkout screens are covered elsewhere).
  const store = await storeApi(request)
  const variantOf = async (handle: string) => {
    const { products } = await store.get(`/store/products?handle=${handle}&fields=variants.id`)
    return products[0].variants[0].id as string
  }
  const lines = [
    { variant_id: await variantOf(PRODUCER_A.handle), quantity: 1 },
    { variant_id: await variantOf(PRODUCER_B.handle), quantity: 1 },
  ]
  const order = await placeCodOrder(store, lines, {
    email: `e2e-${Date.now()}@example.vn`,
    first_name: "Hoa",
    last_name: "Lê Thị",
    phone: "0987654321",
    address_1: "5 Nguyễn Du",
  })

  // Each producer finds only its own part of order #N and ships it.
  for (const [producer, tracking, carrier] of [
    [PRODUCER_A.email, "GHN-E2E-0001", "GHN"],
    [PRODUCER_B.email, "VTP-E2E-0002", "Viettel Post"],
  ] as const) {
    await logIn(page, producer)
    await page.getByRole("navigation").getByRole("link", { name: "Đơn hàng" }).click()
    await page.getByRole("link", { name: new RegExp(`#${order.display_id}\\b`) }).click()
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`#${order.display_id}`)
    await expect(page.getByText("Lê Thị Hoa")).toBeVisible()
    await page.getByRole("button", { name: "Xác nhận đơn" }).click()
    await expect(page.getByText("Đã xác nhận", { exact: true })).toBeVisible()
    await page.getByLabel("Mã vận đơn").fill(tracking)
    await page.getByLabel("Đơn vị vận chuyển").selectOption(carrier)
    await page.getByRole("button", { name: "Giao cho vận chuyển" }).click()
    await expect(page.getByText(tracking).first()).toBeVisible()
    await logOut(page)
  }

  // The customer's one order shows one shipped parcel per producer, with its tracking number.
  await page.goto(`/order/${order.id}/confirmed`)
  const shipments = page.getByRole("region", { name: "Vận chuyển theo nhà sản xuất" })
  await expect(shipments.getByText("Đã giao cho vận chuyển")).toHaveCount(2)
  await expect(shipments.getByText(/GHN-E2E-0001/)).toBeVisible()
  await expect(shipments.getByText(/VTP-E2E-0002/)).toBeVisible()
  await expect(shipments.getByRole("link", { name: /Kỳ Phú/ })).toBeVisible()
  await expect(shipments.getByRole("link", { name: /Nguyễn Thị Hằng/ })).toBeVisible()
})

test("a producer delivers a cash-on-delivery parcel and its part shows the cash collected (issue 16)", async ({
  page,
  request,
}) => {
  // The customer orders from producer A alone and pays on delivery, so the part's amount is the order's total.
  const store = await storeApi(request)
  const { products } = await store.get(`/store/products?handle=${PRODUCER_A.handle}&fields=variants.id`)
  const order = await placeCodOrder(store, [{ variant_id: products[0].variants[0].id, quantity: 2 }], {
    email: `e2e-cod-${Date.now()}@example.vn`,
    first_name: "Nam",
    last_name: "Trần Văn",
    phone: "0912345678",
    address_1: "12 Phan Đình Phùng",
  })

  await logIn(page, PRODUCER_A.email)
  await page.getByRole("navigation").getByRole("link", { name: "Đơn hàng" }).click()
  await page.getByRole("link", { name: new RegExp(`#${order.display_id}\\b`) }).click()
  await expect(page.getByTestId("payment-state")).toHaveText("Thanh toán: Chưa thu tiền (thu khi giao hàng)")
  await page.getByLabel("Mã vận đơn").fill("GHTK-E2E-COD1")
  await page.getByLabel("Đơn vị vận chuyển").selectOption("GHTK")
  await page.getByRole("button", { name: "Giao cho vận chuyển" }).click()
  await expect(page.getByText("GHTK-E2E-COD1").first()).toBeVisible()

  // Delivered, cash collected: asked once more with the amount, then the part reads as paid.
  await page.getByRole("button", { name: "Đã giao, đã thu tiền" }).click()
  await page.getByRole("button", { name: `Xác nhận đã thu ${vnd(order.total)}` }).click()
  await expect(page.getByTestId("payment-state")).toHaveText(`Thanh toán: Đã thu tiền ${vnd(order.total)}`)
  await expect(page.getByText("Đã giao, đã thu tiền", { exact: true }).first()).toBeVisible()
  await expect(page.getByRole("button", { name: "Khách từ chối nhận" })).toHaveCount(0)
})
