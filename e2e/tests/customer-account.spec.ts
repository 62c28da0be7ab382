import { expect, test } from "@playwright/test"

/**
 * Issue 17: a shopper registers (the password rule refuses a weak one first), keeps the cart they filled
 * as a guest through logging in, saves a default address, orders cash on delivery with it filled in, and
 * finds the order with its parcels in the account.
 */
test("a shopper registers, saves a default address, orders COD with it and sees the order with its parcels", async ({ page }) => {
  const email = `e2e-account-${Date.now()}@example.vn`
  const password = "tra-sen-2026"

  // A guest fills the cart first.
  await page.goto("/products/nuoc-mam-ky-phu")
  await page.getByRole("button", { name: "Thêm vào giỏ hàng" }).click()
  await expect(page.getByRole("link", { name: /^Giỏ hàng/ })).toHaveAccessibleName("Giỏ hàng 1 sản phẩm")

  // Register from the header; a password of digits only shows the rule.
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Đăng nhập" }).click()
  await page.getByRole("link", { name: "Đăng ký" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Đăng ký tài khoản" })).toBeVisible()
  await page.getByLabel("Họ và tên").fill("Phạm Thị Lan")
  await page.getByLabel("Email").fill(email)
  const passwordField = page.getByLabel("Mật khẩu")
  await passwordField.fill("12345678")
  await page.getByRole("button", { name: "Tạo tài khoản" }).click()
  await expect(passwordField).toHaveAttribute("aria-invalid", "true")
  await expect(passwordField).toHaveAccessibleDescription(/ít nhất 8 ký tự, có cả chữ cái và chữ số/)
  await passwordField.fill(password)
  await page.getByRole("button", { name: "Tạo tài khoản" }).click()

  // Logged in: the header names the shopper, and the guest's cart line is still there.
  await expect(page.getByRole("heading", { level: 1, name: "Tài khoản của tôi" })).toBeVisible()
  const nav = page.getByRole("navigation", { name: "Điều hướng chính" })
  await expect(nav.getByRole("link", { name: /Phạm Thị Lan/ })).toBeVisible()
  await expect(nav.getByRole("link", { name: /^Giỏ hàng/ })).toHaveAccessibleName("Giỏ hàng 1 sản phẩm")

  // A default address from the province → commune picker.
  await page.getByRole("link", { name: "Thêm địa chỉ" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Thêm địa chỉ" })).toBeVisible()
  await page.getByLabel("Số điện thoại di động").fill("0912 345 678")
  await page.getByLabel("Tỉnh/Thành phố").selectOption("Hà Tĩnh")
  await page.getByLabel("Phường/Xã").selectOption({ label: "Xã Hương Khê" })
  await page.getByLabel("Địa chỉ cụ thể").fill("Thôn 3")
  await expect(page.getByLabel("Dùng làm địa chỉ giao hàng mặc định")).toBeChecked()
  await page.getByRole("button", { name: "Lưu địa chỉ" }).click()
  const book = page.getByRole("region", { name: "Sổ địa chỉ" })
  await expect(book.getByText("Thôn 3, Xã Hương Khê, Hà Tĩnh")).toBeVisible()
  await expect(book.getByText("Mặc định")).toBeVisible()

  // Checkout is filled with the default address; cash on delivery.
  await page.goto("/checkout")
  await expect(page.getByLabel("Họ và tên")).toHaveValue("Phạm Thị Lan")
  await expect(page.getByLabel("Email")).toHaveValue(email)
  await expect(page.getByLabel("Số điện thoại")).toHaveValue("0912345678")
  await expect(page.getByLabel("Phường/Xã")).toHaveValue(/.+/)
  await expect(page.getByLabel("Địa chỉ cụ thể")).toHaveValue("Thôn 3")
  await page.getByRole("radio", { name: /Giao hàng tiêu chuẩn/ }).check()
  await page.getByRole("radio", { name: "Thanh toán khi nhận hàng (COD)" }).check()
  await page.getByRole("button", { name: "Đặt hàng" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Cảm ơn bạn đã đặt hàng!" })).toBeVisible()
  const displayId = (await page.getByText(/^Mã đơn hàng #\d+$/).textContent())?.match(/#(\d+)/)?.[1]

  // The order is in the account's history, with the producer's parcel and its payment state.
  await page.goto("/tai-khoan/don-hang")
  await page.getByRole("link", { name: new RegExp(`Đơn #${displayId}(?!\\d)`) }).click()
  await expect(page.getByRole("heading", { level: 1, name: `Đơn hàng #${displayId}` })).toBeVisible()
  await expect(page.getByRole("heading", { name: "Vận chuyển theo nhà sản xuất" })).toBeVisible()
  await expect(page.getByText("Chờ thanh toán")).toBeVisible()

  // Logging out leaves the header's "Đăng nhập", and the account's order is no longer shown to a guest.
  const orderUrl = page.url()
  await page.goto("/tai-khoan")
  await page.getByRole("button", { name: "Đăng xuất" }).click()
  await expect(nav.getByRole("link", { name: "Đăng nhập" })).toBeVisible()
  await page.goto(orderUrl)
  await expect(page.getByRole("heading", { level: 1, name: "Đăng nhập" })).toBeVisible()
})
