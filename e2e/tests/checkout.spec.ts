import { expect, test, type APIRequestContext, type Page } from "@playwright/test"
import { ADMIN, apiLogin, BACKEND_URL } from "./steps"

/** The coordination office's admin API headers. */
const adminHeaders = (request: APIRequestContext) => apiLogin(request, "user", ADMIN.email)

/** Display ids of the newest orders, read through the admin API as the coordination office. */
async function recentOrderDisplayIds(request: APIRequestContext): Promise<number[]> {
  const res = await request.get(`${BACKEND_URL}/admin/orders?fields=id,display_id&limit=50&order=-created_at`, {
    headers: await adminHeaders(request),
  })
  expect(res.ok(), `admin orders: HTTP ${res.status()}`).toBe(true)
  const { orders } = (await res.json()) as { orders: { id: string; display_id: number }[] }
  return orders.map((order) => order.display_id)
}

/** Fills the checkout form as a shopper in Hà Tĩnh would, cash on delivery, standard delivery; not sent. */
async function fillCheckout(page: Page, shopper: { name: string; email: string; phone: string }) {
  await page.getByLabel("Họ và tên").fill(shopper.name)
  await page.getByLabel("Email").fill(shopper.email)
  await page.getByLabel("Số điện thoại").fill(shopper.phone)
  await page.getByLabel("Tỉnh/Thành phố").selectOption("Hà Tĩnh")
  // Picked from the province's communes, loaded once Hà Tĩnh is chosen (Hương Long merged into Hương Khê in 2025).
  await page.getByLabel("Phường/Xã").selectOption({ label: "Xã Hương Khê" })
  await page.getByLabel("Địa chỉ cụ thể").fill("Thôn 3")
  await page.getByRole("radio", { name: /Giao hàng tiêu chuẩn/ }).check()
  await page.getByRole("radio", { name: "Thanh toán khi nhận hàng (COD)" }).check()
}

test("a shopper buys an OCOP product with cash on delivery; a bad phone number is caught first", async ({
  page,
  context,
  request,
}) => {
  // Home → catalog
  await page.goto("/")
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  await page.getByRole("link", { name: "Xem tất cả sản phẩm", exact: true }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Sản phẩm OCOP" })).toBeVisible()

  // Search without diacritics for Kỳ Phú fish sauce, sold in three bottle sizes.
  await page.getByRole("combobox", { name: "Tìm sản phẩm OCOP" }).fill("nuoc mam ky phu")
  await page.getByRole("button", { name: "Tìm", exact: true }).click()
  await expect(page.getByRole("searchbox", { name: "Từ khoá" })).toHaveValue("nuoc mam ky phu")
  const results = page.getByRole("region", { name: "Danh sách sản phẩm" })
  const productLink = results
    .getByRole("listitem")
    .filter({ hasText: /Từ \d/, hasNotText: "Hết hàng" })
    .first()
    .getByRole("heading")
    .getByRole("link")
  const title = (await productLink.textContent())?.trim() ?? ""
  expect(title).not.toBe("")
  await productLink.click()
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible()

  // Pick a packaging size other than the preselected first one: the last size still in stock.
  const sizes = page.getByRole("group", { name: "Quy cách" }).getByRole("radio")
  const addToCart = page.getByRole("button", { name: "Thêm vào giỏ hàng" })
  for (let i = (await sizes.count()) - 1; i > 0; i--) {
    await sizes.nth(i).check()
    if (await addToCart.isEnabled()) break
  }
  await expect(sizes.first()).not.toBeChecked()
  await expect(page.getByText(/^\d{1,3}(\.\d{3})*\u00a0₫$/)).toBeVisible()
  await expect(page.getByText(/^(Còn hàng|Sắp hết)$/)).toBeVisible()

  // Add to cart: the header count follows.
  await addToCart.click()
  await expect(page.getByText("Đã thêm 1 sản phẩm vào giỏ hàng.")).toBeVisible()
  const cartLink = page.getByRole("link", { name: /^Giỏ hàng/ })
  await expect(cartLink).toHaveAccessibleName("Giỏ hàng 1 sản phẩm")

  // Cart → checkout
  await cartLink.click()
  await expect(page.getByRole("heading", { level: 1, name: "Giỏ hàng" })).toBeVisible()
  await expect(page.getByRole("link", { name: title })).toBeVisible()
  const stripeRequests: string[] = []
  page.on("request", (sent) => {
    if (new URL(sent.url()).hostname.endsWith("stripe.com")) stripeRequests.push(sent.url())
  })
  await page.getByRole("link", { name: "Tiến hành thanh toán" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Thanh toán" })).toBeVisible()
  // Stripe is not configured here: no card choice, and nothing of Stripe's is loaded.
  await expect(page.getByRole("radio", { name: "Chuyển khoản ngân hàng (VietQR)" })).toBeVisible()
  await expect(page.getByRole("radio", { name: "Thẻ quốc tế (Visa, Mastercard)" })).toHaveCount(0)

  // Everything valid except the phone number.
  await fillCheckout(page, { name: "Nguyễn Thị Hằng", email: `e2e-${Date.now()}@example.vn`, phone: "12345" })
  await page.getByRole("button", { name: "Đặt hàng" }).click()

  // The error is tied to the phone field, and nothing was ordered: the cart still holds the item.
  const phone = page.getByLabel("Số điện thoại")
  await expect(phone).toHaveAttribute("aria-invalid", "true")
  await expect(phone).toHaveAccessibleDescription(/Số điện thoại không hợp lệ/)
  await expect(page).toHaveURL(/\/checkout$/)
  const cartTab = await context.newPage()
  await cartTab.goto("/cart")
  await expect(cartTab.getByRole("link", { name: title })).toBeVisible()
  await cartTab.close()

  // The other answers were kept; fix the phone and order.
  await expect(page.getByLabel("Họ và tên")).toHaveValue("Nguyễn Thị Hằng")
  await phone.fill("0912 345 678")
  await page.getByRole("radio", { name: /Giao hàng tiêu chuẩn/ }).check()
  await page.getByRole("radio", { name: "Thanh toán khi nhận hàng (COD)" }).check()
  await page.getByRole("button", { name: "Đặt hàng" }).click()

  // Confirmation with the order number
  await expect(page).toHaveURL(/\/order\/[^/]+\/confirmed$/)
  await expect(page.getByRole("heading", { level: 1, name: "Cảm ơn bạn đã đặt hàng!" })).toBeVisible()
  const orderNumber = page.getByText(/^Mã đơn hàng #\d+$/)
  await expect(orderNumber).toBeVisible()
  const displayId = Number((await orderNumber.textContent())?.match(/#(\d+)/)?.[1])
  await expect(page.getByRole("region", { name: "Sản phẩm" }).getByText(title)).toBeVisible()
  await expect(page.getByText("Thanh toán khi nhận hàng (COD)")).toBeVisible()
  await expect(page.getByRole("link", { name: /^Giỏ hàng/ })).toHaveAccessibleName("Giỏ hàng 0 sản phẩm")

  // The order really exists in the backend.
  expect(await recentOrderDisplayIds(request)).toContain(displayId)
  expect(stripeRequests).toEqual([])
})

test("a shopper whose order went through but whose answer was lost gets that order on pressing Đặt hàng again", async ({
  page,
  context,
  request,
}) => {
  await page.goto("/products/nuoc-mam-ky-phu")
  await page.getByRole("button", { name: "Thêm vào giỏ hàng" }).click()
  await expect(page.getByRole("link", { name: /^Giỏ hàng/ })).toHaveAccessibleName("Giỏ hàng 1 sản phẩm")
  await page.goto("/checkout")
  await fillCheckout(page, { name: "Trần Văn Bình", email: `e2e-lost-${Date.now()}@example.vn`, phone: "0912 345 678" })

  // The first press went through in the backend, which died before answering: the cart is an order
  // the shopper has not seen. (Done here through the Store API, exactly as the storefront's action does it.)
  const cartId = (await context.cookies()).find((cookie) => cookie.name === "_ocop_cart_id")?.value
  expect(cartId).toBeTruthy()
  const keys = await request.get(`${BACKEND_URL}/admin/api-keys?type=publishable&fields=title,token`, {
    headers: await adminHeaders(request),
  })
  const { api_keys } = (await keys.json()) as { api_keys: { title: string; token: string }[] }
  const headers = { "x-publishable-api-key": api_keys.find((key) => key.title === "Storefront")!.token }
  const store = async (route: string, data: unknown) => {
    const res = await request.post(`${BACKEND_URL}/store${route}`, { headers, data })
    expect(res.ok(), `${route}: HTTP ${res.status()}`).toBe(true)
    return res.json()
  }
  const address = {
    first_name: "Trần Văn Bình",
    last_name: "",
    phone: "0912345678",
    address_1: "Thôn 3",
    city: "Xã Hương Khê",
    province: "Hà Tĩnh",
    country_code: "vn",
  }
  await store(`/carts/${cartId}`, { email: "e2e-lost@example.vn", shipping_address: address, billing_address: address })
  await store(`/carts/${cartId}/delivery`, { code: "standard" })
  const { payment_collection } = await store("/payment-collections", { cart_id: cartId })
  await store(`/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  const { order } = await store(`/carts/${cartId}/complete`, {})

  // Pressed again: the confirmation of that same order, not "your cart is empty" and not a second order.
  await page.getByRole("button", { name: "Đặt hàng" }).click()
  await expect(page).toHaveURL(new RegExp(`/order/${order.id}/confirmed$`))
  await expect(page.getByText(`Mã đơn hàng #${order.display_id}`)).toBeVisible()
  await expect(page.getByRole("link", { name: /^Giỏ hàng/ })).toHaveAccessibleName("Giỏ hàng 0 sản phẩm")
})
