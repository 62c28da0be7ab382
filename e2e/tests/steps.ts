import { type APIRequestContext, type Browser, devices, expect, type Page } from "@playwright/test"

// Steps several journeys share, taken the way a person takes them.

export const BACKEND_URL = process.env.BACKEND_URL ?? "http://localhost:9000"
/** Every demo account (office, producers, counters) shares this password. */
export const DEMO_PASSWORD = "ocop-demo-2026"
export const ADMIN = {
  email: process.env.ADMIN_EMAIL ?? "admin@ocop.local",
  password: process.env.ADMIN_PASSWORD ?? DEMO_PASSWORD,
}

/** A producer member signed in to the portal, on its dashboard. */
export async function logInToPortal(page: Page, email: string) {
  await page.goto("/producer/login")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page).toHaveURL(/\/producer$/)
}

/** The backend's API with these headers; a refusal fails the test with its answer. */
export function backendApi(request: APIRequestContext, headers: Record<string, string>) {
  const call = async (method: "get" | "post", path: string, data?: unknown) => {
    const res = await request[method](`${BACKEND_URL}${path}`, { headers, data })
    expect(res.ok(), `${method.toUpperCase()} ${path}: HTTP ${res.status()} ${await res.text()}`).toBe(true)
    return res.json()
  }
  return { get: (path: string) => call("get", path), post: (path: string, data: unknown = {}) => call("post", path, data) }
}

/** Bearer headers of a login through the backend's API: the office ("user") or a producer member. */
export async function apiLogin(request: APIRequestContext, actor: "user" | "producer", email: string) {
  const password = actor === "user" ? ADMIN.password : DEMO_PASSWORD
  const res = await request.post(`${BACKEND_URL}/auth/${actor}/emailpass`, { data: { email, password } })
  expect(res.ok(), `login ${email}: HTTP ${res.status()}`).toBe(true)
  const { token } = (await res.json()) as { token: string }
  return { Authorization: `Bearer ${token}` }
}

/** The store API as the storefront calls it, with the publishable key the office manages. */
export async function storeApi(request: APIRequestContext) {
  const office = backendApi(request, await apiLogin(request, "user", ADMIN.email))
  const { api_keys } = (await office.get("/admin/api-keys?type=publishable&title=Storefront")) as {
    api_keys: { token: string }[]
  }
  return backendApi(request, { "x-publishable-api-key": api_keys[0].token })
}

export type StoreApi = Awaited<ReturnType<typeof storeApi>>
type Shopper = { email: string; first_name: string; last_name: string; phone: string; address_1: string }

/** The first packaging of a listed product, as the storefront reads it. */
export async function firstVariantId(store: StoreApi, handle: string): Promise<string> {
  const { products } = await store.get(`/store/products?handle=${handle}&fields=variants.id`)
  return products[0].variants[0].id
}

/** An order paid on delivery, placed through the store API (the checkout screens have tests of their own). */
export async function placeCodOrder(store: StoreApi, lines: { variant_id: string; quantity: number }[], shopper: Shopper) {
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
  const completed = await store.post(`/store/carts/${cart.id}/complete`)
  expect(completed.type).toBe("order")
  return completed.order as { id: string; display_id: number; total: number }
}

/**
 * A shopper puts Kỳ Phú fish sauce (its first packaging in stock) in the cart, fills the checkout and
 * orders with standard delivery, paying by bank transfer; the page is left on the order's confirmation.
 * `beforeOrdering` runs on the filled checkout, before "Đặt hàng", for a test that looks at it.
 */
export async function orderByTransfer(page: Page, emailTag: string, beforeOrdering?: () => Promise<void>) {
  await page.goto("/products/nuoc-mam-ky-phu")
  const sizes = page.getByRole("group", { name: "Quy cách" }).getByRole("radio")
  const addToCart = page.getByRole("button", { name: "Thêm vào giỏ hàng" })
  for (let i = 0; i < (await sizes.count()) && !(await addToCart.isEnabled()); i++) await sizes.nth(i).check()
  await addToCart.click()
  await expect(page.getByText("Đã thêm 1 sản phẩm vào giỏ hàng.")).toBeVisible()

  await page.goto("/checkout")
  await page.getByLabel("Họ và tên").fill("Trần Văn Bình")
  await page.getByLabel("Email").fill(`e2e-${emailTag}-${Date.now()}@example.vn`)
  await page.getByLabel("Số điện thoại").fill("0912345678")
  await page.getByLabel("Tỉnh/Thành phố").selectOption("Hà Tĩnh")
  // Picked from the province's communes, loaded once Hà Tĩnh is chosen (Hương Long merged into Hương Khê in 2025).
  await page.getByLabel("Phường/Xã").selectOption({ label: "Xã Hương Khê" })
  await page.getByLabel("Địa chỉ cụ thể").fill("Thôn 3")
  await page.getByRole("radio", { name: /Giao hàng tiêu chuẩn/ }).check()
  await beforeOrdering?.()
  await page.getByRole("radio", { name: /Chuyển khoản ngân hàng \(VietQR\)/ }).check()
  await page.getByRole("button", { name: "Đặt hàng" }).click()
  await expect(page).toHaveURL(/\/order\/[^/]+\/confirmed$/)
}

/** The coordination office signed in to Medusa Admin in a desktop browser of its own. */
export async function officeInAdmin(browser: Browser) {
  const office = await browser.newContext({ ...devices["Desktop Chrome"], locale: "vi-VN" })
  const admin = await office.newPage()
  await admin.goto(`${BACKEND_URL}/app/login`)
  await admin.locator('input[name="email"]').fill(ADMIN.email)
  await admin.locator('input[name="password"]').fill(ADMIN.password)
  await admin.locator('button[type="submit"]').click()
  await admin.waitForURL((url) => !url.pathname.endsWith("/login"))
  return { office, admin }
}
