import { expect, test } from "@playwright/test"

test("an unknown product handle answers HTTP 404 with the Vietnamese not-found page", async ({ page }) => {
  const response = await page.goto(`/products/khong-ton-tai-${Date.now()}`)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible()
  await expect(page.getByRole("link", { name: "Xem sản phẩm đang bán" })).toBeVisible()
})
