import { expect, test } from "@playwright/test"
import { BACKEND_URL, logInToPortal, officeInAdmin } from "./steps"

const FISH_SAUCE_PRODUCER = "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local"
const TRACKING = "GHN-E2E-ACC1"
const DEMO_LOT = "NM-2026-10"

/**
 * Issue 17: a shopper registers (the password rule refuses a weak one first), keeps the cart they filled
 * as a guest through logging in, saves a default address, orders cash on delivery from two producers with
 * it filled in, and finds the order with both parcels in the account; one producer ships, naming the batch,
 * and the shopper sees the tracking number and the batch's trace page from the account, and the "shipped"
 * e-mail is in the office's mailbox.
 */
test("a shopper registers, orders COD from two producers, follows both parcels and is e-mailed the shipping", async ({
  page,
  browser,
}) => {
  const email = `e2e-account-${Date.now()}@example.vn`
  const password = "tra-sen-2026"

  // A guest fills the cart first.
  await page.goto("/products/nuoc-mam-ky-phu")
  await page.getByRole("button", { name: "Thêm vào giỏ hàng" }).click()
  await expect(page.getByRole("link", { name: /^Giỏ hàng/ })).toHaveAccessibleName("Giỏ hàng 1 sản phẩm")
  await page.goto("/products/keo-cu-do-ha-tinh-nguyen-hang")
  await page.getByRole("button", { name: "Thêm vào giỏ hàng" }).click()
  await expect(page.getByRole("link", { name: /^Giỏ hàng/ })).toHaveAccessibleName("Giỏ hàng 2 sản phẩm")

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
  await expect(nav.getByRole("link", { name: /^Giỏ hàng/ })).toHaveAccessibleName("Giỏ hàng 2 sản phẩm")

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

  // The order is in the account's history, with both producers' parcels and its payment state.
  await page.goto("/tai-khoan/don-hang")
  await page.getByRole("link", { name: new RegExp(`Đơn #${displayId}(?!\\d)`) }).click()
  await expect(page.getByRole("heading", { level: 1, name: `Đơn hàng #${displayId}` })).toBeVisible()
  const parcels = page.getByRole("region", { name: "Vận chuyển theo nhà sản xuất" })
  await expect(parcels.getByRole("link", { name: /Kỳ Phú/ })).toBeVisible()
  await expect(parcels.getByRole("link", { name: /Nguyễn Thị Hằng/ })).toBeVisible()
  await expect(page.getByText("Chờ thanh toán")).toBeVisible()

  // Logging out leaves the header's "Đăng nhập", and the account's order is no longer shown to a guest.
  const orderUrl = page.url()
  await page.goto("/tai-khoan")
  await page.getByRole("button", { name: "Đăng xuất" }).click()
  await expect(nav.getByRole("link", { name: "Đăng nhập" })).toBeVisible()
  await page.goto(orderUrl)
  await expect(page.getByRole("heading", { level: 1, name: "Đăng nhập" })).toBeVisible()

  // The fish sauce's producer confirms its part and hands it to the carrier.
  await logInToPortal(page, FISH_SAUCE_PRODUCER)
  await page.getByRole("navigation").getByRole("link", { name: "Đơn hàng" }).click()
  await page.getByRole("link", { name: new RegExp(`#${displayId}\\b`) }).click()
  await page.getByRole("button", { name: "Xác nhận đơn" }).click()
  await expect(page.getByText("Đã xác nhận", { exact: true })).toBeVisible()
  await page.getByLabel("Mã vận đơn").fill(TRACKING)
  await page.getByLabel("Đơn vị vận chuyển").selectOption("GHN")
  // It names the stamped batch the bottle comes from (the demo's, of the packaging the page offered first).
  const batch = page.getByLabel(/^Lô của Nước mắm Kỳ Phú/)
  await batch.selectOption((await batch.locator("option", { hasText: DEMO_LOT }).getAttribute("value")) ?? "")
  await page.getByRole("button", { name: "Giao cho vận chuyển" }).click()
  await expect(page.getByText(TRACKING).first()).toBeVisible()

  // Logged in again, the shopper sees that parcel on its way with its tracking number.
  await page.goto("/tai-khoan/dang-nhap")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill(password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Tài khoản của tôi" })).toBeVisible()
  await page.goto(orderUrl)
  await expect(parcels.getByText("Đã giao cho vận chuyển")).toBeVisible()
  await expect(parcels.getByText(new RegExp(TRACKING))).toBeVisible()

  // The bottle's batch links its trace page: where and when it was made, under a valid certificate.
  await parcels.getByRole("link", { name: `Truy xuất lô ${DEMO_LOT}` }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Truy xuất nguồn gốc" })).toBeVisible()
  await expect(page.getByText(`Lô hàng ${DEMO_LOT} mà bạn nhận được trong đơn hàng.`)).toBeVisible()
  await expect(page.getByText("Giấy chứng nhận còn hiệu lực")).toBeVisible()

  // The "shipped" e-mail is in the mailbox (no SMTP server here), addressed to the shopper, with the number.
  const { office, admin } = await officeInAdmin(browser)
  await admin.goto(`${BACKEND_URL}/app/mailbox`)
  const shipped = admin
    .getByRole("row")
    .filter({ hasText: email })
    .filter({ hasText: `đơn hàng #${displayId} đã được gửi` })
  await expect(shipped).toBeVisible()
  await shipped.click()
  await expect(admin.frameLocator("iframe").getByText(TRACKING).first()).toBeVisible()
  await office.close()
})
