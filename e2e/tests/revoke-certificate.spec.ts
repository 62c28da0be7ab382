import { expect, test } from "@playwright/test"
import { ADMIN, BACKEND_URL, officeInAdmin } from "./steps"
const HANDLE = "keo-cu-do-ha-tinh-nguyen-hang"
const TITLE = "Kẹo cu đơ Hà Tĩnh – Nguyễn Hằng"

test("the office revokes a certificate in Admin: the product leaves catalog, search and its URL, and its cart line can't be ordered", async ({
  page,
  browser,
  request,
}) => {
  // A shopper has the product in the cart, and finds it by searching without diacritics.
  await page.goto(`/products/${HANDLE}`)
  await page.getByRole("button", { name: "Thêm vào giỏ hàng" }).click()
  await expect(page.getByText("Đã thêm 1 sản phẩm vào giỏ hàng.")).toBeVisible()
  await page.goto(`/products?q=${encodeURIComponent("keo cu do")}`)
  await expect(page.getByRole("link", { name: TITLE })).toBeVisible()

  // The coordination office revokes its certificate from the product's page in Medusa Admin.
  const auth = await request.post(`${BACKEND_URL}/auth/user/emailpass`, { data: ADMIN })
  const { token } = (await auth.json()) as { token: string }
  const products = await request.get(`${BACKEND_URL}/admin/products?handle=${HANDLE}&fields=id`, {
    headers: { Authorization: `Bearer ${token}` },
  })
  const [{ id: productId }] = ((await products.json()) as { products: { id: string }[] }).products

  const { office, admin } = await officeInAdmin(browser)
  await admin.goto(`${BACKEND_URL}/app/products/${productId}`)
  await admin.getByRole("button", { name: "Thu hồi", exact: true }).click()
  await admin.getByLabel("Lý do thu hồi").fill("Sai khác bao bì so với mẫu nhãn đã đăng ký")
  await admin.getByRole("button", { name: "Xác nhận thu hồi" }).click()
  await expect(admin.getByText("Đã thu hồi giấy chứng nhận")).toBeVisible()
  await expect(admin.getByText("Đã thu hồi", { exact: true }).first()).toBeVisible()
  await office.close()

  // Gone from search and the catalog, and its page is a real 404.
  await page.goto(`/products?q=${encodeURIComponent("keo cu do")}`)
  await expect(page.getByRole("link", { name: TITLE })).toHaveCount(0)
  await page.goto("/products?limit=100")
  await expect(page.getByRole("link", { name: TITLE })).toHaveCount(0)
  const response = await page.goto(`/products/${HANDLE}`)
  expect(response?.status()).toBe(404)

  // The cart keeps the line but says why it cannot be ordered, and checkout is closed.
  await page.goto("/cart")
  await expect(page.getByRole("alert").filter({ hasText: "không còn giấy chứng nhận OCOP" })).toBeVisible()
  await expect(page.getByRole("link", { name: "Tiến hành thanh toán" })).toHaveCount(0)
})
