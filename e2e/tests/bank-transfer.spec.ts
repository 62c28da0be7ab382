import { expect, test } from "@playwright/test"
import { orderByTransfer } from "./steps"

test("a shopper orders by bank transfer and is shown the VietQR code, amount, memo and account to pay", async ({ page }) => {
  await orderByTransfer(page, "transfer", async () => {
    // Both ways to pay are offered; the transfer is chosen.
    await expect(page.getByRole("radio", { name: /Thanh toán khi nhận hàng \(COD\)/ })).toBeVisible()
  })
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
