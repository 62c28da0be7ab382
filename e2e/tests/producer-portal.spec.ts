import path from "node:path"
import { expect, test, type Page } from "@playwright/test"
import { BACKEND_URL, firstVariantId, logInToPortal as logIn, placeCodOrder, storeApi } from "./steps"

/** Two demo producers with listed products: A makes Kỳ Phú fish sauce, B makes Hương Long cu đơ candy. */
const PRODUCER_A = { email: "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local", handle: "nuoc-mam-ky-phu" }
const PRODUCER_B = { email: "nguyen-thi-hang@ocop.local", handle: "keo-cu-do-ha-tinh-nguyen-hang" }

const vnd = (amount: number) => `${amount.toLocaleString("vi-VN")}\u00a0₫`

async function logOut(page: Page) {
  await page.getByRole("button", { name: "Đăng xuất" }).click()
  await expect(page).toHaveURL(/\/producer\/login/)
}

test("a producer changes a price in the portal and the shop shows the new price", async ({ page }) => {
  await logIn(page, PRODUCER_A.email)
  await page.getByRole("navigation").getByRole("link", { name: "Sản phẩm" }).click()
  // The dashboard links the product too: wait for the product list before choosing it there.
  await expect(page).toHaveURL(/\/producer\/products$/)
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
  // The dashboard links the product too: wait for the product list before choosing it there.
  await expect(page).toHaveURL(/\/producer\/products$/)
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
  const lines = [
    { variant_id: await firstVariantId(store, PRODUCER_A.handle), quantity: 1 },
    { variant_id: await firstVariantId(store, PRODUCER_B.handle), quantity: 1 },
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
  const order = await placeCodOrder(store, [{ variant_id: await firstVariantId(store, PRODUCER_A.handle), quantity: 2 }], {
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
