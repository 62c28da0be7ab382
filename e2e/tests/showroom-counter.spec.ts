import { expect, test, type Page } from "@playwright/test"

const COUNTER = { email: "quay.cho-ha-tinh@ocop.local", password: "ocop-demo-2026" }

/** The shelf count of a SKU, as the stock view shows it. */
async function shelfCount(page: Page, sku: string): Promise<number> {
  await page.goto(`/showroom/stock?q=${encodeURIComponent(sku)}`)
  const row = page.getByRole("row").filter({ hasText: sku })
  await expect(row).toHaveCount(1)
  // Columns: product, packaging, SKU, producer, price, stock, sold in 30 days, days left.
  return Number(await row.getByRole("cell").nth(5).textContent())
}

async function counterLogIn(page: Page) {
  await page.goto("/showroom/login")
  await page.getByLabel("Email").fill(COUNTER.email)
  await page.getByLabel("Mật khẩu").fill(COUNTER.password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page.getByText("Điểm OCOP Chợ Hà Tĩnh").first()).toBeVisible()
}

/** Which fish sauce packaging the Chợ Hà Tĩnh shelf holds, found as staff type it (no diacritics): its name and SKU. */
async function fishSauceOnShelf(counter: Page) {
  await counter.goto("/showroom/stock?q=nuoc mam ky phu")
  const cells = counter.getByRole("row").filter({ hasText: "Nước mắm Kỳ Phú" }).first().getByRole("cell")
  const packaging = ((await cells.nth(1).textContent()) ?? "").trim()
  const sku = ((await cells.nth(2).textContent()) ?? "").trim()
  expect(packaging).not.toBe("")
  return { packaging, sku }
}

/**
 * A shopper buys one of that packaging and chooses to collect it at the showroom (no address is
 * asked); returns the order number the confirmation shows.
 */
async function orderForPickup(page: Page, packaging: string, name: string): Promise<string> {
  await page.goto("/products/nuoc-mam-ky-phu")
  await page
    .getByRole("group", { name: "Quy cách" })
    .getByRole("radio", { name: new RegExp(packaging.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })
    .check()
  await page.getByRole("button", { name: "Thêm vào giỏ hàng" }).click()
  await expect(page.getByText("Đã thêm 1 sản phẩm vào giỏ hàng.")).toBeVisible()
  await page.goto("/checkout")
  await page.getByLabel("Họ và tên").fill(name)
  await page.getByLabel("Email").fill(`nhan-tai-quay-${Date.now()}@example.vn`)
  await page.getByLabel("Số điện thoại").fill("0987 654 321")
  await page.getByRole("radio", { name: /Nhận tại Điểm OCOP Chợ Hà Tĩnh · Miễn phí/ }).check()
  await expect(page.getByLabel("Địa chỉ cụ thể")).toBeHidden()
  await page.getByRole("radio", { name: "Thanh toán khi nhận hàng (COD)" }).check()
  await page.getByRole("button", { name: "Đặt hàng" }).click()

  await expect(page.getByRole("heading", { level: 1, name: "Cảm ơn bạn đã đặt hàng!" })).toBeVisible()
  await expect(page.getByRole("heading", { name: "Nhận hàng tại" })).toBeVisible()
  await expect(page.getByText(/Nhận tại Điểm OCOP Chợ Hà Tĩnh · điểm bán giữ hàng cho bạn/)).toBeVisible()
  const displayId = ((await page.getByText(/^Mã đơn hàng #\d+$/).textContent()) ?? "").match(/#(\d+)/)?.[1]
  expect(displayId).toBeTruthy()
  return displayId!
}

/** The order's card in the counter's "Đơn nhận tại quầy" list. */
const pickupCard = (counter: Page, displayId: string) =>
  counter.getByRole("listitem").filter({ has: counter.getByRole("heading", { name: `Đơn #${displayId}` }) })

test("showroom staff receive a consignment, sell two items at the counter, and the stock view and report follow", async ({
  page,
}) => {
  await counterLogIn(page)

  // Kỳ Phú fish sauce's SKU, from the shelf search typed without diacritics (another test revokes the
  // cu đơ candy's certificate, and a showroom takes in only certified packagings).
  const { sku } = await fishSauceOnShelf(page)
  expect(sku).toMatch(/^NUOC-MAM-KY-PHU/)
  const before = await shelfCount(page, sku)

  // A mistyped code is refused with the backend's sentence; then a consignment of 10 arrives, with its lot.
  await page.goto("/showroom/movements/new")
  const receipt = page.getByRole("form", { name: "Nhận hàng ký gửi" })
  await receipt.getByLabel("SKU dòng 1").fill("KHONG-CO-MA-NAY")
  await receipt.getByLabel("Số lượng dòng 1").fill("10")
  await receipt.getByRole("button", { name: "Ghi nhận nhập hàng" }).click()
  await expect(receipt.getByRole("alert")).toContainText("Không có sản phẩm nào mang mã KHONG-CO-MA-NAY")
  await receipt.getByLabel("SKU dòng 1").fill(sku)
  await receipt.getByLabel("Số lượng dòng 1").fill("10")
  await receipt.getByLabel("Số lô dòng 1").fill("LO-E2E-01")
  await receipt.getByRole("button", { name: "Ghi nhận nhập hàng" }).click()
  await expect(receipt.getByText(/Đã ghi nhận/)).toBeVisible()
  expect(await shelfCount(page, sku)).toBe(before + 10)

  // At the counter: find it without diacritics, two bottles, cash with change.
  await page.goto("/showroom")
  await page.getByLabel("Tìm sản phẩm").fill("nuoc mam ky phu")
  await page.getByRole("button", { name: "Tìm", exact: true }).click()
  await page
    .getByRole("list", { name: "Kết quả tìm kiếm" })
    .getByRole("button", { name: /^Thêm / })
    .first()
    .click()
  const sale = page.getByRole("list", { name: "Sản phẩm trong đơn" })
  await sale.getByRole("button", { name: /^Thêm một / }).click()
  await expect(sale.getByLabel(/^Số lượng /)).toHaveText("2")
  await page.getByLabel("Tiền mặt").check()
  // Enough for two of any packaging the shelf may hold (a 6-bottle carton is 395.000 ₫).
  await page.getByLabel("Khách đưa").fill("1.000.000")
  await expect(page.getByText("Tiền thối lại")).toBeVisible()
  await page.getByRole("button", { name: "Ghi nhận bán hàng" }).click()
  // Either the receipt or the counter's refusal; a refusal fails the test with its own sentence.
  const receiptHeading = page.getByRole("heading", { name: /^Hoá đơn #\d+$/ })
  const refusal = page.locator("[data-form-error]")
  await expect(receiptHeading.or(refusal)).toBeVisible({ timeout: 30_000 })
  expect(await refusal.allTextContents()).toEqual([])

  // The shelf and the report both show the two bottles sold.
  expect(await shelfCount(page, sku)).toBe(before + 10 - 2)
  await page.goto("/showroom/reports")
  const figure = (name: string) => page.getByRole("term").filter({ hasText: name }).locator("xpath=following-sibling::dd")
  await expect(figure("Số đơn")).toHaveText("1")
  await expect(figure("Số lượng bán")).toHaveText("2")
  await expect(
    page.getByRole("table", { name: "Doanh thu theo sản phẩm" }).getByText("Nước mắm Kỳ Phú", { exact: false })
  ).toBeVisible()
})

test("a shopper orders online to collect at a showroom; the counter hands the order over", async ({ page, context }) => {
  const counter = await context.newPage()
  await counterLogIn(counter)
  const { packaging } = await fishSauceOnShelf(counter)
  const displayId = await orderForPickup(page, packaging, "Lê Thị Thu")

  // At the counter the order waits with what to collect; the staff hand it over and it leaves the list.
  await counter.goto("/showroom/pickups")
  const card = pickupCard(counter, displayId)
  await expect(card).toContainText("Lê Thị Thu")
  await expect(card).toContainText(packaging)
  await card.getByRole("button", { name: `Khách đã nhận đơn #${displayId}` }).click()
  await expect(counter.getByText(`Đã giao đơn #${displayId} cho khách.`)).toBeVisible()
  await expect(counter.getByRole("heading", { name: `Đơn #${displayId}` })).toHaveCount(0)
})

test("a pickup nobody comes for is cancelled at the counter with a reason; the unit it held is on sale again", async ({
  page,
  context,
}) => {
  const counter = await context.newPage()
  await counterLogIn(counter)
  const { packaging, sku } = await fishSauceOnShelf(counter)
  const before = await shelfCount(counter, sku)
  const displayId = await orderForPickup(page, packaging, "Trần Văn Bình")
  expect(await shelfCount(counter, sku)).toBe(before - 1)

  await counter.goto("/showroom/pickups")
  const card = pickupCard(counter, displayId)
  await card.getByText("Khách không đến nhận?").click()
  const reason = card.getByLabel("Lý do huỷ")
  await reason.fill(" ")
  await card.getByRole("button", { name: `Huỷ đơn #${displayId}` }).click()
  await expect(reason).toHaveAttribute("aria-invalid", "true")
  await expect(card).toContainText("Nhập lý do huỷ đơn để khách và nhà sản xuất được biết.")

  await reason.fill("Khách không đến nhận sau 3 ngày giữ hàng.")
  await card.getByRole("button", { name: `Huỷ đơn #${displayId}` }).click()
  await expect(counter.getByText(`Đã huỷ đơn #${displayId}; hàng giữ cho đơn đã trở lại kệ.`)).toBeVisible()
  await expect(counter.getByRole("heading", { name: `Đơn #${displayId}` })).toHaveCount(0)
  expect(await shelfCount(counter, sku)).toBe(before)
})
