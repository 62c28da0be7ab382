import { devices, expect, test } from "@playwright/test"

const BACKEND_URL = process.env.BACKEND_URL ?? "http://localhost:9000"
const ADMIN = { email: process.env.ADMIN_EMAIL ?? "admin@ocop.local", password: process.env.ADMIN_PASSWORD ?? "ocop-demo-2026" }

/** A statement as Vietcombank exports it, saved as CSV: BOM, title rows, credit and debit columns, a total row. */
function statementCsv(memo: string, amount: number): string {
  const grouped = amount.toLocaleString("en-US")
  return [
    "\uFEFFSAO KÊ TÀI KHOẢN / ACCOUNT STATEMENT,,,,",
    "Số tài khoản: 0011000000000,,,,",
    "Ngày giao dịch,Số tham chiếu,Số tiền ghi nợ,Số tiền ghi có,Nội dung",
    `07/12/2026,5009.${Date.now()},,"${grouped}","MBVCB.8812.${memo}.CT tu 0011002233 TRAN VAN BINH toi 0011000000000"`,
    '07/12/2026,5009.1,"11,000",,Phi quan ly tai khoan',
    `Tổng,,"11,000","${grouped}",`,
  ].join("\r\n")
}

test("the office imports a bank statement in Admin and the shopper's order shows paid, without the QR code", async ({
  page,
  browser,
}) => {
  // A shopper orders by bank transfer and is asked to transfer.
  await page.goto("/products/nuoc-mam-ky-phu")
  const sizes = page.getByRole("group", { name: "Quy cách" }).getByRole("radio")
  const addToCart = page.getByRole("button", { name: "Thêm vào giỏ hàng" })
  for (let i = 0; i < (await sizes.count()) && !(await addToCart.isEnabled()); i++) await sizes.nth(i).check()
  await addToCart.click()
  await expect(page.getByText("Đã thêm 1 sản phẩm vào giỏ hàng.")).toBeVisible()
  await page.goto("/checkout")
  await page.getByLabel("Họ và tên").fill("Trần Văn Bình")
  await page.getByLabel("Email").fill(`e2e-reconcile-${Date.now()}@example.vn`)
  await page.getByLabel("Số điện thoại").fill("0912345678")
  await page.getByLabel("Tỉnh/Thành phố").selectOption("Hà Tĩnh")
  await page.getByLabel("Phường/Xã").fill("Xã Hương Long")
  await page.getByLabel("Địa chỉ cụ thể").fill("Thôn 3")
  await page.getByRole("radio", { name: /Giao hàng tiêu chuẩn/ }).check()
  await page.getByRole("radio", { name: /Chuyển khoản ngân hàng \(VietQR\)/ }).check()
  await page.getByRole("button", { name: "Đặt hàng" }).click()
  await expect(page).toHaveURL(/\/order\/[^/]+\/confirmed$/)

  const panel = page.getByRole("region", { name: "Chuyển khoản để hoàn tất đơn hàng" })
  const memo = (await panel.getByTestId("transfer-memo").textContent()) ?? ""
  expect(memo).toMatch(/^OCOP \d+$/)
  const amountText = (await panel.getByTestId("transfer-amount").textContent()) ?? ""
  const amount = Number(amountText.replace(/\D/g, ""))
  expect(amount).toBeGreaterThan(0)

  // The office imports the bank's statement in Admin: columns guessed from the Vietnamese headers.
  const office = await browser.newContext({ ...devices["Desktop Chrome"], locale: "vi-VN" })
  const admin = await office.newPage()
  await admin.goto(`${BACKEND_URL}/app/login`)
  await admin.locator('input[name="email"]').fill(ADMIN.email)
  await admin.locator('input[name="password"]').fill(ADMIN.password)
  await admin.locator('button[type="submit"]').click()
  await admin.waitForURL((url) => !url.pathname.endsWith("/login"))
  await admin.goto(`${BACKEND_URL}/app/reconciliation`)
  await expect(admin.getByRole("heading", { name: "Đối soát chuyển khoản" })).toBeVisible()
  await admin.getByLabel("Tệp sao kê (CSV)").setInputFiles({
    name: "SaoKe_0011000000000_07122026.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(statementCsv(memo, amount), "utf8"),
  })
  await expect(admin.getByRole("combobox", { name: "Cột Số tiền ghi có" })).toContainText("Số tiền ghi có")
  await expect(admin.getByRole("cell", { name: new RegExp(`${memo}\\.CT tu`) })).toBeVisible()
  await admin.getByRole("button", { name: "Nhập sao kê" }).click()
  await expect(admin.getByRole("status").filter({ hasText: "Đã nhập 1 khoản tiền vào" })).toContainText(
    "1 khớp đơn và đã ghi nhận thanh toán"
  )

  // The shopper's order page: paid, nothing left to scan or copy.
  await page.reload()
  await expect(page.getByText(/^Đã thanh toán: chúng tôi đã nhận/)).toContainText(amountText)
  await expect(panel).toHaveCount(0)
  await expect(page.getByRole("img", { name: /Mã VietQR/ })).toHaveCount(0)
  await office.close()
})
