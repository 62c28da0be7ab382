import { expect, test } from "@playwright/test"

test("a shopper orders by bank transfer and is shown the VietQR code, amount, memo and account to pay", async ({ page }) => {
  // Kỳ Phú fish sauce: the first packaging still in stock.
  await page.goto("/products/nuoc-mam-ky-phu")
  const sizes = page.getByRole("group", { name: "Quy cách" }).getByRole("radio")
  const addToCart = page.getByRole("button", { name: "Thêm vào giỏ hàng" })
  for (let i = 0; i < (await sizes.count()) && !(await addToCart.isEnabled()); i++) await sizes.nth(i).check()
  await addToCart.click()
  await expect(page.getByText("Đã thêm 1 sản phẩm vào giỏ hàng.")).toBeVisible()

  await page.goto("/checkout")
  await page.getByLabel("Họ và tên").fill("Trần Văn Bình")
  await page.getByLabel("Email").fill(`e2e-transfer-${Date.now()}@example.vn`)
  await page.getByLabel("Số điện thoại").fill("0912345678")
  await page.getByLabel("Tỉnh/Thành phố").selectOption("Hà Tĩnh")
  await page.getByLabel("Phường/Xã").fill("Xã Hương Long")
  await page.getByLabel("Địa chỉ cụ thể").fill("Thôn 3")
  await page.getByRole("radio", { name: /Giao hàng tiêu chuẩn/ }).check()
  // Both ways to pay are offered; choose the transfer.
  await expect(page.getByRole("radio", { name: /Thanh toán khi nhận hàng \(COD\)/ })).toBeVisible()
  await page.getByRole("radio", { name: /Chuyển khoản ngân hàng \(VietQR\)/ }).check()
  await page.getByRole("button", { name: "Đặt hàng" }).click()

  await expect(page).toHaveURL(/\/order\/[^/]+\/confirmed$/)
  const orderNumber = page.getByText(/^Mã đơn hàng #\d+$/)
  const displayId = Number((await orderNumber.textContent())?.match(/#(\d+)/)?.[1])
  expect(displayId).toBeGreaterThan(0)
  await expect(page.getByText("Chuyển khoản ngân hàng (VietQR)")).toBeVisible()

  const panel = page.getByRole("region", { name: "Chuyển khoản để hoàn tất đơn hàng" })
  // The memo that matches the transfer to this order, the amount in đồng, the demo account.
  await expect(panel.getByTestId("transfer-memo")).toHaveText(`OCOP ${displayId}`)
  const amount = (await panel.getByTestId("transfer-amount").textContent()) ?? ""
  expect(amount).toMatch(/^\d{1,3}(\.\d{3})+\u00a0₫$/)
  await expect(panel.getByTestId("transfer-account-number")).toHaveText("0011000000000")
  await expect(panel.getByText("Vietcombank", { exact: false })).toBeVisible()
  await expect(panel.getByText("SAN OCOP DEMO - KHONG CHUYEN TIEN")).toBeVisible()

  // The code is drawn (an SVG with its modules) and described for a screen reader.
  const qr = panel.getByRole("img", { name: new RegExp(`^Mã VietQR chuyển .* nội dung OCOP ${displayId}$`) })
  await expect(qr).toBeVisible()
  expect(await qr.locator("svg path").count()).toBeGreaterThan(0)
  await expect(panel.getByRole("button", { name: "Sao chép số tài khoản" })).toBeVisible()
  await expect(panel.getByRole("button", { name: "Sao chép nội dung chuyển khoản" })).toBeVisible()
})
