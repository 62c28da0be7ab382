import { expect, test } from "@playwright/test"

test("an unknown product handle answers HTTP 404 with the Vietnamese not-found page", async ({ page }) => {
  const response = await page.goto(`/products/khong-ton-tai-${Date.now()}`)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible()
  await expect(page.getByRole("link", { name: "Xem sản phẩm đang bán" })).toBeVisible()
})

test("hostile addresses get a message or the not-found page, never a server error", async ({ page }) => {
  // A refused catalog filter is explained on the catalog page itself.
  const catalog = await page.goto("/products?q=%00")
  expect(catalog?.status()).toBe(200)
  await expect(page.getByRole("alert").filter({ hasText: "chứa ký tự điều khiển" })).toBeVisible()

  for (const address of ["/products/a%00b", "/producers/%1B%5B31m", `/products/${"x".repeat(300)}`]) {
    const response = await page.goto(address)
    expect(response?.status(), address).toBe(404)
    await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible()
  }

  // A stamp code that cannot be one (a lone %) reads as an unknown stamp, not a crash.
  const trace = await page.goto("/trace/50%25")
  expect(trace?.status()).toBeLessThan(500)
})
