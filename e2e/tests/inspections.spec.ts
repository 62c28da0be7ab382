import { readFileSync } from "node:fs"
import path from "node:path"
import { expect, type Page, test } from "@playwright/test"
import { readStampSheet } from "../../backend/integration-tests/stamp-sheet-qr"
import { apiLogin, BACKEND_URL, backendApi, logInToPortal, officeInAdmin } from "./steps"

// A product no other journey uses: its certificate is revoked here, for good.
const MOLASSES = {
  handle: "mat-mia-phu-gia-cuong-thuy",
  title: "Mật mía Phú Gia – Cường Thùy",
  producer: /Lê Phan Cường/,
  email: "le-phan-cuong@ocop.local",
}
const FISH_SAUCE_PRODUCER = "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local"
/** The seeded batch of fish sauce (backend/src/scripts/seed.ts DEMO_BATCH): its stamps are the sheet printed. */
const DEMO_LOT = "NM-2026-10"
const PACKAGING_CHECK = "Bao bì đúng mẫu nhãn đã đăng ký trên giấy chứng nhận"
const PHOTO = path.join(__dirname, "../fixtures/chai-nuoc-mam.jpg")

/** A calendar day in Vietnam, `days` before today. */
const vietnamDay = (daysAgo: number) => new Date(Date.now() + 7 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10)

/** Fills the record form: the molasses seen, every item passed but the packaging, which fails with a note. */
async function fillInspection(admin: Page, day: string) {
  await admin.getByRole("button", { name: "Ghi biên bản kiểm tra" }).click()
  await admin.getByRole("combobox", { name: "Nhà sản xuất" }).click()
  await admin.getByRole("option", { name: MOLASSES.producer }).click()
  await admin.getByLabel("Ngày kiểm tra").fill(day)
  await admin.getByLabel("Đoàn kiểm tra").fill("Văn phòng Điều phối OCOP tỉnh Hà Tĩnh")
  await admin.getByRole("checkbox", { name: MOLASSES.title }).check()
  const groups = admin.getByRole("radiogroup")
  await expect(groups).toHaveCount(7)
  for (const group of await groups.all()) {
    const failed = (await group.getAttribute("aria-label")) === PACKAGING_CHECK
    await group.getByRole("radio", { name: failed ? "Không đạt" : "Đạt", exact: true }).click()
  }
  await admin.getByLabel(`Ghi chú: ${PACKAGING_CHECK}`).fill("Nhãn chai khác mẫu đã đăng ký")
}

test("the office records two failed inspections, confirms the proposed revocation; the product page 404s, its trace page warns in red, a producer prints a stamp sheet whose QRs decode to their trace URLs", async ({
  page,
  browser,
  request,
}) => {
  // A stamp of the molasses, released before the inspections: its trace page is what a shopper scans later.
  const molasses = backendApi(request, await apiLogin(request, "producer", MOLASSES.email))
  const { products } = await molasses.get("/producer/products")
  const { batch } = await molasses.post("/producer/batches", {
    variant_id: products[0].variants[0].id,
    lot_number: `MM-E2E-${Date.now()}`,
    produced_on: vietnamDay(10),
    quantity: 1,
  })
  await molasses.post(`/producer/batches/${batch.id}/activate`)
  const [stamp] = (await molasses.get(`/producer/batches/${batch.id}/stamps`)).stamps as { code: string }[]

  // First inspection, two months ago: the packaging differs from the registered label, with a photo.
  const { office, admin } = await officeInAdmin(browser)
  await admin.goto(`${BACKEND_URL}/app/inspections`)
  await fillInspection(admin, vietnamDay(60))
  const evidence = admin.getByLabel(`Minh chứng: ${PACKAGING_CHECK}`)
  // A file that is not a picture or a PDF is refused by its bytes, whatever its name says.
  await evidence.setInputFiles({
    name: "nhan-chai.png",
    mimeType: "image/png",
    buffer: Buffer.from("<html>không phải ảnh</html>"),
  })
  await expect(admin.getByText(/không phải tệp PDF hay ảnh JPEG, PNG, WebP/)).toBeVisible()
  await evidence.setInputFiles(PHOTO)
  const thumbnail = admin.getByRole("dialog").getByRole("img", { name: "Ảnh minh chứng 1" })
  await expect(thumbnail).toBeVisible()
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  await admin.getByRole("button", { name: "Lưu biên bản" }).click()
  await expect(admin.getByText("Đã ghi biên bản kiểm tra")).toBeVisible()
  await expect(admin.getByRole("region", { name: "Đề xuất: Tạm đình chỉ giấy chứng nhận" })).toBeVisible()

  // A second one today, within the year: the rule proposes revocation, which the office confirms.
  await fillInspection(admin, vietnamDay(0))
  await admin.getByRole("button", { name: "Lưu biên bản" }).click()
  const revocation = admin.getByRole("region", { name: "Đề xuất: Thu hồi giấy chứng nhận" })
  await expect(revocation).toContainText("lần thứ hai trong vòng 12 tháng: đề xuất thu hồi")
  await revocation.getByLabel("Lý do").fill("Tái phạm sai khác bao bì trong vòng 12 tháng")
  await revocation.getByRole("button", { name: "Xác nhận" }).click()
  await admin.getByRole("alertdialog").getByRole("button", { name: "Xác nhận" }).click()
  await expect(revocation).toContainText("Đã xác nhận")
  await office.close()

  // The product's page is gone; its stamp's trace page warns in red that the certificate was revoked.
  expect((await page.goto(`/products/${MOLASSES.handle}`))?.status()).toBe(404)
  await page.goto(`/trace/${stamp.code}`)
  const warning = page.getByRole("alert").filter({ hasText: "Giấy chứng nhận OCOP của sản phẩm đã bị thu hồi" })
  await expect(warning).toBeVisible()

  // The inspected producer sees the findings and the photo, and answers an open violation before its deadline.
  await logInToPortal(page, MOLASSES.email)
  await page.getByRole("navigation").getByRole("link", { name: "Kiểm tra" }).click()
  const photo = page.getByRole("img", { name: "Ảnh minh chứng 1" }).first()
  await expect(photo).toBeVisible()
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  const violation = page.getByRole("listitem", { name: /Vi phạm: Sản phẩm, bao bì khác/ }).first()
  await expect(violation).toContainText("Hạn khắc phục:")
  await violation.getByLabel("Trả lời: đã khắc phục thế nào").fill("Đã in lại nhãn chai đúng mẫu đã đăng ký.")
  await violation.getByLabel("Minh chứng").setInputFiles(PHOTO)
  await violation.getByRole("button", { name: "Gửi trả lời" }).click()
  await expect(page.getByText("Đã gửi trả lời cho Văn phòng Điều phối OCOP.")).toBeVisible()
  await expect(page.getByText(/Trả lời ngày .*: Đã in lại nhãn chai đúng mẫu đã đăng ký\./).first()).toBeVisible()

  // Another producer, still certified, prints its seeded batch's stamps: one QR per stamp, each its trace URL.
  await page.context().clearCookies()
  await logInToPortal(page, FISH_SAUCE_PRODUCER)
  await page.getByRole("navigation").getByRole("link", { name: "Lô & tem" }).click()
  const row = page.getByRole("row").filter({ hasText: DEMO_LOT })
  await row.getByLabel(`Cỡ tem lô ${DEMO_LOT}`).selectOption("45")
  const download = page.waitForEvent("download")
  await row.getByRole("button", { name: `In tem (PDF) lô ${DEMO_LOT}` }).click()
  const { payloads } = await readStampSheet(readFileSync((await (await download).path())!), "45")

  const fishSauce = backendApi(request, await apiLogin(request, "producer", FISH_SAUCE_PRODUCER))
  const { batches } = await fishSauce.get("/producer/batches?limit=100")
  const demoBatch = (batches as { id: string; lot_number: string }[]).find((b) => b.lot_number === DEMO_LOT)!
  const { stamps } = (await fishSauce.get(`/producer/batches/${demoBatch.id}/stamps`)) as {
    stamps: { code: string; status: string }[]
  }
  const shop = new URL(page.url()).origin
  const printable = stamps.filter((s) => s.status !== "voided").map((s) => `${shop}/trace/${s.code}`)
  expect(printable.length).toBeGreaterThan(0)
  expect([...payloads].sort()).toEqual(printable.sort())
})
