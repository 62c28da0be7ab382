import { expect, test } from "@playwright/test"
import { apiLogin, backendApi, firstVariantId, placeCodOrder, storeApi } from "./steps"

/** Two demo producers with listed products: Kỳ Phú fish sauce and Hằng's cu đơ candy. */
const PRODUCER_A = { email: "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local", handle: "nuoc-mam-ky-phu" }
const PRODUCER_B = { email: "nguyen-thi-hang@ocop.local", handle: "keo-cu-do-ha-tinh-nguyen-hang" }
const NOT_FOUND = "Không tìm thấy đơn hàng khớp với mã đơn hàng và số điện thoại hoặc email đã nhập. Vui lòng kiểm tra lại."

test("a guest looks their order up by its number and phone and sees both producers' parcels", async ({ page, request }) => {
  // A guest's COD order from two producers, the first of which has shipped its parcel.
  const store = await storeApi(request)
  const order = await placeCodOrder(
    store,
    [
      { variant_id: await firstVariantId(store, PRODUCER_A.handle), quantity: 1 },
      { variant_id: await firstVariantId(store, PRODUCER_B.handle), quantity: 1 },
    ],
    {
      email: `e2e-lookup-${Date.now()}@example.vn`,
      first_name: "Hoa",
      last_name: "Trần Thị",
      phone: "0903123456",
      address_1: "8 Nguyễn Du",
    }
  )
  const producer = backendApi(request, await apiLogin(request, "producer", PRODUCER_A.email))
  const { orders } = await producer.get("/producer/orders?status=pending")
  const part = orders.find((o: { order_id: string }) => o.order_id === order.id) as { id: string }
  await producer.post(`/producer/orders/${part.id}/ship`, { tracking_number: "GHN-TRA-CUU-E2E", carrier: "GHN" })

  // From the footer, with the phone in another form than the checkout's: a wrong phone first.
  await page.goto("/")
  await page.getByRole("contentinfo").getByRole("link", { name: "Tra cứu đơn hàng" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Tra cứu đơn hàng" })).toBeVisible()
  await page.getByLabel("Mã đơn hàng").fill(`#${order.display_id}`)
  await page.getByLabel("Số điện thoại hoặc email").fill("0903 123 457")
  await page.getByRole("button", { name: "Tra cứu đơn hàng" }).click()
  await expect(page.getByRole("alert").filter({ hasText: NOT_FOUND })).toBeVisible()
  await expect(page).toHaveURL(/\/tra-cuu-don-hang$/)

  await page.getByLabel("Số điện thoại hoặc email").fill("+84 903 123 456")
  await page.getByRole("button", { name: "Tra cứu đơn hàng" }).click()
  await expect(page).toHaveURL(new RegExp(`/order/${order.id}/confirmed$`))
  await expect(page.getByText(`Mã đơn hàng #${order.display_id}`)).toBeVisible()
  const parcels = page.locator("section", { has: page.getByRole("heading", { name: "Vận chuyển theo nhà sản xuất" }) })
  await expect(parcels.locator(":scope > ul > li")).toHaveCount(2)
  await expect(parcels.getByText("Mã vận đơn GHN-TRA-CUU-E2E")).toBeVisible()
  // A parcel has left: the order is no longer offered to cancel.
  await expect(page.getByRole("button", { name: "Huỷ đơn hàng" })).toHaveCount(0)
})
