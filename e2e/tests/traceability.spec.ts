import { readFileSync } from "node:fs"
import { expect, test, type Page } from "@playwright/test"
import { decodeQr, readStampSheet } from "../../backend/integration-tests/stamp-sheet-qr"

const PASSWORD = "ocop-demo-2026"
const FISH_SAUCE_PRODUCER = "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local"
const COUNTER = "quay.cho-ha-tinh@ocop.local"

async function logIn(page: Page, portal: "producer" | "showroom", email: string) {
  await page.goto(`/${portal}/login`)
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill(PASSWORD)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page).toHaveURL(new RegExp(`/${portal}$`))
}

/** Scans (types) a stamp's code or QR link into the counter's search, as a scanner does: the text, then Enter. */
async function scanAtCounter(page: Page, scanned: string) {
  await page.goto("/showroom")
  await page.getByLabel("Tìm sản phẩm").fill(scanned)
  await page.getByLabel("Tìm sản phẩm").press("Enter")
}

// One tab plays everyone in turn (the producer, a shopper scanning the QR, the counter staff): the
// portals keep separate sessions, and a phone-sized tab in the background does not take clicks.
test("a producer issues and releases a batch's OCOP stamps; shoppers trace them, the counter scans them, a voided one warns", async ({
  page,
}) => {
  // Which fish sauce packaging the Chợ Hà Tĩnh shelf holds, as its staff see it.
  await logIn(page, "showroom", COUNTER)
  await page.goto("/showroom/stock?q=nuoc mam ky phu")
  const shelfRow = page.getByRole("row").filter({ hasText: "Nước mắm Kỳ Phú" }).first()
  const shelved = ((await shelfRow.getByRole("cell").nth(1).textContent()) ?? "").trim()

  // The producer records a batch of three units of it; a wrong expiry is caught first.
  await logIn(page, "producer", FISH_SAUCE_PRODUCER)
  await page.getByRole("navigation").getByRole("link", { name: "Lô & tem" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Lô sản xuất & tem" })).toBeVisible()
  const lot = `E2E-${Date.now()}`
  const packaging = page.getByLabel("Quy cách đóng gói")
  await packaging.selectOption(
    await packaging.locator("option", { hasText: `Nước mắm Kỳ Phú – ${shelved}` }).getAttribute("value")
  )
  await page.getByLabel("Số lô").fill(lot)
  await page.getByLabel("Số tem").fill("3")
  await page.getByLabel("Ngày sản xuất").fill("2026-11-20")
  await page.getByLabel("Hạn sử dụng").fill("2026-11-01")
  await page.getByRole("button", { name: "Tạo lô và tem" }).click()
  await expect(page.getByLabel("Hạn sử dụng")).toHaveAccessibleDescription(/trước ngày sản xuất/)
  await page.getByLabel("Hạn sử dụng").fill("2028-11-20")
  await page.getByRole("button", { name: "Tạo lô và tem" }).click()
  const row = page.getByRole("row").filter({ hasText: lot })
  await expect(row).toContainText("Chưa kích hoạt: 3")

  // The stamp printer's file: one code per unit, each with the QR's trace link.
  const download = page.waitForEvent("download")
  await row.getByRole("link", { name: `Tải mã tem (CSV) lô ${lot}` }).click()
  const csv = readFileSync((await (await download).path())!, "utf8")
    .trim()
    .split("\n")
  expect(csv[0]).toBe("code,trace_url,status")
  const codes = csv.slice(1).map((line) => line.split(",")[0])
  expect(codes).toHaveLength(3)

  // The sheet to print at home: in the chosen label size, one QR per stamp, each opening its trace page.
  await row.getByLabel(`Cỡ tem lô ${lot}`).selectOption("45")
  const sheetDownload = page.waitForEvent("download")
  await row.getByRole("button", { name: `In tem (PDF) lô ${lot}` }).click()
  const sheet = await sheetDownload
  expect(sheet.suggestedFilename()).toBe(`tem-${lot}-45mm.pdf`)
  const { pages, payloads } = await readStampSheet(readFileSync((await sheet.path())!), "45")
  expect(pages).toBe(1)
  const shop = new URL(page.url()).origin
  expect([...payloads].sort()).toEqual(codes.map((code) => `${shop}/trace/${code}`).sort())

  // A professional printer's file: one stamp's label as SVG, by its code.
  await page.getByLabel("Mã của tem cần in").fill(codes[0])
  const svgDownload = page.waitForEvent("download")
  await page.getByRole("button", { name: "Tải nhãn SVG" }).click()
  const svg = await svgDownload
  expect(svg.suggestedFilename()).toBe(`tem-${codes[0]}.svg`)
  expect(await decodeQr(readFileSync((await svg.path())!))).toBe(`${shop}/trace/${codes[0]}`)

  // Not released yet: a shopper scanning it is told so.
  await page.goto(`/trace/${codes[0]}`)
  await expect(page.getByRole("heading", { name: "Tem chưa được kích hoạt" })).toBeVisible()

  await page.goto("/producer/batches")
  await row.getByRole("button", { name: `Kích hoạt tem lô ${lot}` }).click()
  await expect(row).toContainText("Đã kích hoạt: 3")
  await page.goto(`/trace/${codes[0]}`)
  await expect(page.getByRole("heading", { name: "Tem OCOP hợp lệ" })).toBeVisible()
  await expect(page.getByText(lot)).toBeVisible()
  await expect(page.getByRole("link", { name: /Nước mắm Kỳ Phú/ })).toBeVisible()

  // At the counter the stamp's QR link, scanned, puts the bottle straight into the sale.
  await scanAtCounter(page, new URL(`/trace/${codes[0]}`, page.url()).href)
  await expect(page.getByText(new RegExp(`Tem OCOP ${codes[0]} hợp lệ · lô ${lot}`))).toBeVisible()
  await expect(page.getByRole("list", { name: "Sản phẩm trong đơn" })).toContainText("Nước mắm Kỳ Phú")
  // The line names the stamp's batch, which the sale records for the office's "one step forward".
  await expect(page.getByRole("combobox", { name: /^Lô của Nước mắm Kỳ Phú/ }).locator("option:checked")).toHaveText(lot)

  // A torn stamp is voided: its page warns shoppers, and the counter will not sell by it.
  await page.goto("/producer/batches")
  await page.getByLabel("Mã tem").fill(codes[1].toLowerCase())
  await page.getByLabel("Lý do huỷ").fill("Tem rách khi dán")
  await page.getByRole("button", { name: "Huỷ tem" }).click()
  await expect(row).toContainText("Đã huỷ: 1")
  await page.goto(`/trace/${codes[1]}`)
  await expect(page.getByRole("heading", { name: /Tem đã bị huỷ/ })).toBeVisible()
  // Scanned after being voided: scan watch flags it, the page warns in red, the producer's portal lists it.
  await expect(
    page.getByRole("alert").filter({ hasText: "Cảnh báo: mã tem này đã bị hủy nhưng vẫn đang được quét" })
  ).toBeVisible()
  await page.goto("/producer/scan-watch")
  await expect(page.getByRole("row", { name: new RegExp(codes[1]) })).toContainText("Quét sau khi tem đã bị hủy")
  await scanAtCounter(page, codes[1])
  await expect(page.getByText(/đã bị huỷ: không bán sản phẩm mang tem này/)).toBeVisible()
  await expect(page.getByRole("list", { name: "Sản phẩm trong đơn" })).toHaveCount(0)
})
