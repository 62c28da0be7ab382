import { expect, test } from "@playwright/test"

/** Issue 18: a search typed fast on a phone (a doubled letter) still finds the product, and says the match is near. */
test("a search with a doubled letter finds the honey and says the names are only alike", async ({ page }) => {
  await page.goto("/products")
  await page.getByRole("searchbox", { name: "Từ khoá" }).fill("mat ongg")
  await page.getByRole("button", { name: "Áp dụng" }).click()
  const results = page.getByRole("region", { name: "Danh sách sản phẩm" })
  await expect(results.getByRole("status")).toContainText("cho “mat ongg”")
  await expect(results.getByRole("status")).toContainText("có tên gần giống")
  // The closest names first: a honey.
  await expect(
    results
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading") })
      .first()
  ).toContainText("Mật ong")
})
