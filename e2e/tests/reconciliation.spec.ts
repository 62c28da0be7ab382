import { expect, test } from "@playwright/test"
import { BACKEND_URL, officeInAdmin, orderByTransfer } from "./steps"

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
  await orderByTransfer(page, "reconcile")

  const panel = page.getByRole("region", { name: "Chuyển khoản để hoàn tất đơn hàng" })
  const memo = (await panel.getByTestId("transfer-memo").textContent()) ?? ""
  expect(memo).toMatch(/^OCOP \d+$/)
  const amountText = (await panel.getByTestId("transfer-amount").textContent()) ?? ""
  const amount = Number(amountText.replace(/\D/g, ""))
  expect(amount).toBeGreaterThan(0)

  // The office imports the bank's statement in Admin: columns guessed from the Vietnamese headers.
  const { office, admin } = await officeInAdmin(browser)
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
