import { expect, test } from "@playwright/test"
import { apiLogin, backendApi } from "./steps"

// Issue 18: suggestions while typing in the header, the star filter on a search, and the empty state.

test("typing “nuoc mam” in the header suggests the fish sauces, and choosing one with the keyboard opens it", async ({
  page,
}) => {
  await page.goto("/")
  const search = page.getByRole("combobox", { name: "Tìm sản phẩm OCOP" })
  await search.pressSequentially("nuoc mam", { delay: 30 })
  const suggestions = page.getByRole("listbox", { name: "Gợi ý tìm kiếm" })
  await expect(search).toHaveAttribute("aria-expanded", "true")
  const products = suggestions.getByRole("group", { name: "Sản phẩm" })
  const first = products.getByRole("option").first()
  await expect(first).toContainText("Nước mắm")
  await expect(first).toContainText("₫")
  const title = (await first.locator("span.truncate").textContent())!.trim()

  // Down to the first option: the combobox names it as active; Enter opens it rather than searching.
  await search.press("ArrowDown")
  await expect(first).toHaveAttribute("aria-selected", "true")
  await expect(search).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!)
  await search.press("Enter")
  await expect(page).toHaveURL(/\/products\/nuoc-mam-[a-z-]+$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title)
})

test("Enter with no option chosen searches, Escape closes the suggestions", async ({ page }) => {
  await page.goto("/")
  const search = page.getByRole("combobox", { name: "Tìm sản phẩm OCOP" })
  await search.pressSequentially("mat ong", { delay: 30 })
  await expect(search).toHaveAttribute("aria-expanded", "true")
  await search.press("Escape")
  await expect(search).toHaveAttribute("aria-expanded", "false")
  await search.press("Enter")
  await expect(page).toHaveURL(/\/products\?q=mat\+ong$/)
  // The words are marked in the titles, diacritics aside.
  const results = page.getByRole("region", { name: "Danh sách sản phẩm" })
  await expect(results.locator("h3 mark").first()).toHaveText("Mật")
})

test("“banh” filtered by 4★ in the catalog shows only 4★ cards, each holding “bánh”", async ({ page, request }) => {
  // A re-evaluation raised Bánh đa vừng Hà Tâm to 4★: the demo catalog's bánh are all 3★ otherwise.
  const office = backendApi(request, await apiLogin(request, "user", "admin@ocop.local"))
  const { certificates } = await office.get(`/admin/ocop/certificates?q=${encodeURIComponent("Bánh đa vừng")}&status=valid`)
  await office.post(`/admin/ocop/certificates/${certificates[0].id}/renew`, {
    decision_number: "4521/QĐ-UBND",
    decision_date: "2026-11-20",
    issuer: "UBND tỉnh Hà Tĩnh",
    stars: 4,
    program_year: 2026,
    legal_basis: "26/2026",
    issued_at: "2026-11-20",
  })

  await page.goto("/products?q=banh")
  const results = page.getByRole("region", { name: "Danh sách sản phẩm" })
  await expect(results.getByRole("status")).toContainText("cho “banh”")
  // On a phone the filters fold away under "Bộ lọc".
  await page.locator("summary", { hasText: "Bộ lọc" }).click()
  await page.getByRole("link", { name: /OCOP 4 sao/ }).click()
  await expect(page).toHaveURL(/stars=4/)
  const cards = results.getByRole("listitem").filter({ has: page.getByRole("heading") })
  await expect(cards.first()).toBeVisible()
  for (const card of await cards.all()) {
    await expect(card).toContainText("OCOP 4 sao")
    await expect(card.getByRole("heading")).toContainText(/bánh/i)
  }
})

test("a search for nonsense says nothing was found, what to try, and offers popular products", async ({ page }) => {
  await page.goto("/products?q=qxzqxz")
  const results = page.getByRole("region", { name: "Danh sách sản phẩm" })
  await expect(results.getByText("Không tìm thấy sản phẩm nào cho “qxzqxz”")).toBeVisible()
  await expect(results.getByText("Kiểm tra lại chính tả")).toBeVisible()
  const popular = page.getByRole("region", { name: "Sản phẩm được mua nhiều" })
  await expect(popular.getByRole("listitem").first()).toContainText("Từ")

  // A province chosen in the filters: its popular products.
  await page.goto(`/products?q=qxzqxz&province=${encodeURIComponent("Nghệ An")}`)
  const ofProvince = page.getByRole("region", { name: "Được mua nhiều ở Nghệ An" })
  await expect(ofProvince.getByRole("listitem").first()).toContainText("Nghệ An")
})
