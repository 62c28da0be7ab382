import type { HttpTypes, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { NoticeDetail, NoticeResponse, NoticesResponse, ShelfLine } from "@ocop/contracts"
import { integrationTestRunner } from "./test-runner"
import { BANK_TRANSFER_PROVIDER_ID } from "../../src/modules/bank-transfer"
import { NOTICE_MODULE } from "../../src/modules/notice"
import type NoticeModuleService from "../../src/modules/notice/service"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"
// First: it loads Medusa's core flows, which set up the module registry the links below need when loaded outside the app.
import { recordIncomingTransferWorkflow } from "../../src/workflows/payment/record-incoming-transfer"
import { remindProducers } from "../../src/workflows/notice/remind-producers"
import { DEMO_SHOWROOMS } from "../../src/scripts/seed"
import { adminHeaders, COD_PROVIDER, cartWith, DEMO_SHOPPER, demoLogin, placedOrder, readyCart, type Suite } from "./demo-store"
import { demoShop } from "./orders-at-test"

jest.setTimeout(300_000)

/** Two demo producers with listed products (their member logins). */
const PRODUCER_A = { login: "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local", product: "nuoc-mam-ky-phu" }
const PRODUCER_B = { login: "nguyen-thi-hang@ocop.local", product: "keo-cu-do-ha-tinh-nguyen-hang" }

/**
 * Issue 17: every event's e-mail, as the local provider keeps it for the office's mailbox — who it went to
 * and what it says (rendered from its template), delivered after the run that queued it.
 */
integrationTestRunner({
  testSuite: (suite: Suite) => {
    const { api } = suite
    const { shop, variantOf, placeOrder } = demoShop(suite)
    const notices = () => shop.container.resolve<NoticeModuleService>(NOTICE_MODULE)
    const query = () => shop.container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)

    /** The mailbox's message for this template and resource, once delivered (the subscriber runs after the request). */
    async function delivered(template: string, resourceId: string, to?: string): Promise<NoticeDetail> {
      const admin = await adminHeaders(api)
      for (let waited = 0; ; waited += 250) {
        const [notice] = await notices().listNotices({ template, resource_id: resourceId, ...(to && { to }) })
        if (notice?.status === "sent") {
          const { data } = await api.get<NoticeResponse>(`/admin/notices/${notice.id}`, admin)
          return data.notice
        }
        if (waited > 15_000) throw new Error(`No ${template} e-mail delivered for ${resourceId} (found: ${notice?.status})`)
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    }

    /** An order of one fish sauce (A) and two candies (B), and each producer's part with its producer. */
    async function twoProducerOrder() {
      const [fishSauce, candy] = await Promise.all([variantOf(PRODUCER_A.product), variantOf(PRODUCER_B.product)])
      const cartId = await readyCart(api, shop.storeHeaders, shop.regionId, [
        { variant_id: fishSauce.id, quantity: 1 },
        { variant_id: candy.id, quantity: 2 },
      ])
      const { data } = await api.post<HttpTypes.StoreCompleteCartResponse>(
        `/store/carts/${cartId}/complete`,
        {},
        shop.storeHeaders
      )
      const order = placedOrder(data)
      const parts = await shop.container
        .resolve<ProducerModuleService>(PRODUCER_MODULE)
        .listProducerOrders({ order_id: order.id }, { relations: ["producer"] })
      return { order, parts }
    }

    it("tells the shopper their order and each producer only its own part, with where it goes", async () => {
      const { order, parts } = await twoProducerOrder()
      const shopper = await delivered("order-placed", order.id)
      expect(shopper.to).toBe(DEMO_SHOPPER.email)
      expect(shopper.subject).toBe(`Sàn OCOP đã nhận đơn hàng #${order.display_id}`)
      expect(shopper.text).toMatch(/× 1/)
      expect(shopper.text).toMatch(/× 2/)
      expect(shopper.html).toContain(`#${order.display_id}`)

      expect(parts).toHaveLength(2)
      for (const part of parts) {
        const mail = await delivered("producer-order-placed", order.id, part.producer.email)
        expect(mail.subject).toBe(`Đơn mới #${order.display_id} cho ${part.producer.name}`)
        expect(mail.text).toContain("Nguyễn Văn An")
        expect(mail.text).toContain("0912345678")
        expect(mail.text).toContain("12 Trần Phú, Phường Thành Sen, Hà Tĩnh")
        expect(mail.text.match(/ × \d+/g)).toHaveLength(1)
      }
      // Only its own line: one fish sauce for A, two candies for B.
      const quantities = await Promise.all(
        parts.map(
          async (part) => (await delivered("producer-order-placed", order.id, part.producer.email)).text.match(/ × (\d+)/)?.[1]
        )
      )
      expect(quantities.sort()).toEqual(["1", "2"])
    })

    it("tells the shopper a parcel left with its carrier and tracking number, and a part cancelled with its reason", async () => {
      const { order } = await twoProducerOrder()
      const a = await demoLogin(api, "producer", PRODUCER_A.login)
      const b = await demoLogin(api, "producer", PRODUCER_B.login)
      const partOf = async (auth: { headers: Record<string, string> }) =>
        (await api.get<{ orders: { id: string; order_id: string }[] }>("/producer/orders?status=pending", auth)).data.orders.find(
          (o) => o.order_id === order.id
        )!
      const [partA, partB] = [await partOf(a), await partOf(b)]

      await api.post(`/producer/orders/${partA.id}/ship`, { tracking_number: "GHN-123456", carrier: "GHN" }, a)
      const shipped = await delivered("order-shipped", order.id)
      expect(shipped.to).toBe(DEMO_SHOPPER.email)
      expect(shipped.subject).toBe(`Kiện hàng của đơn hàng #${order.display_id} đã được gửi`)
      expect(shipped.text).toContain("Đơn vị vận chuyển: GHN")
      expect(shipped.text).toContain("Mã vận đơn: GHN-123456")
      expect(shipped.text).toContain(`/order/${order.id}/confirmed`)

      await api.post(`/producer/orders/${partB.id}/cancel`, { reason: "Hết hàng mùa này" }, b)
      const canceled = await delivered("order-canceled", order.id)
      expect(canceled.to).toBe(DEMO_SHOPPER.email)
      expect(canceled.subject).toMatch(/^Phần của .+ trong đơn hàng #\d+ đã bị huỷ$/)
      expect(canceled.text).toContain("Lý do: Hết hàng mùa này")
    })

    it("tells the shopper a part collected at a showroom waits there, with the showroom's address and hours", async () => {
      const [showroom] = DEMO_SHOWROOMS
      const staff = await demoLogin(api, "showroom_staff", showroom.staff.email)
      const { data: shelf } = await api.get<{ stock: ShelfLine[] }>("/showroom/stock?q=nuoc mam ky phu", staff)
      const onShelf = shelf.stock.find((line) => line.stock > 0)!
      const cartId = await cartWith(api, shop.storeHeaders, shop.regionId, [{ variant_id: onShelf.variant_id, quantity: 1 }])
      await api.post(`/store/carts/${cartId}/delivery`, { code: `pickup:${showroom.handle}` }, shop.storeHeaders)
      const { data: collection } = await api.post<HttpTypes.StorePaymentCollectionResponse>(
        "/store/payment-collections",
        { cart_id: cartId },
        shop.storeHeaders
      )
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: COD_PROVIDER },
        shop.storeHeaders
      )
      const { data } = await api.post<HttpTypes.StoreCompleteCartResponse>(
        `/store/carts/${cartId}/complete`,
        {},
        shop.storeHeaders
      )
      const order = placedOrder(data)

      const ready = await delivered("pickup-ready", order.id)
      expect(ready.to).toBe(DEMO_SHOPPER.email)
      expect(ready.subject).toBe(`Hàng của đơn hàng #${order.display_id} đã sẵn sàng tại ${showroom.name}`)
      expect(ready.text).toContain(`Điểm nhận: ${showroom.name}`)
      expect(ready.text).toContain(`Địa chỉ: ${showroom.address}`)
      expect(ready.text).toMatch(/Giờ mở cửa: \S/)
      // The producer learns the shopper collects it there, not an address to ship to.
      const [part] = await shop.container
        .resolve<ProducerModuleService>(PRODUCER_MODULE)
        .listProducerOrders({ order_id: order.id }, { relations: ["producer"] })
      const producerMail = await delivered("producer-order-placed", order.id, part.producer.email)
      expect(producerMail.text).toContain(`Khách nhận tại ${showroom.name}`)
    })

    it("tells the shopper their own cancellation once, and a transfer received", async () => {
      const fishSauce = await variantOf(PRODUCER_A.product)
      const byShopper = await placeOrder(BANK_TRANSFER_PROVIDER_ID, fishSauce.id, 1)
      await api.post(`/store/orders/${byShopper.id}/cancel`, { reason: "Đặt nhầm" }, shop.storeHeaders)
      const canceled = await delivered("order-canceled", byShopper.id)
      expect(canceled.subject).toBe(`Đơn hàng #${byShopper.display_id} đã bị huỷ`)
      expect(canceled.text).toContain("Lý do: Khách huỷ đơn: Đặt nhầm")
      // Medusa's order.canceled, raised by the same cancellation, finds the shopper told.
      expect(await notices().listNotices({ resource_id: byShopper.id, template: "order-canceled" })).toHaveLength(1)

      const paid = await placeOrder(BANK_TRANSFER_PROVIDER_ID, fishSauce.id, 2)
      await recordIncomingTransferWorkflow(shop.container).run({
        input: {
          source: "sepay",
          external_id: `notify-${paid.id}`,
          amount: Number(paid.total),
          memo: `OCOP ${paid.display_id}`,
          received_at: new Date().toISOString(),
          bank_reference: null,
        },
      })
      const received = await delivered("payment-received", paid.id)
      expect(received.to).toBe(DEMO_SHOPPER.email)
      expect(received.text).toContain(`đơn hàng #${paid.display_id}`)
      expect(received.text).toMatch(/Sàn OCOP đã nhận [\d.]+\s₫/)
    })

    it("reminds a producer of a certificate 120 days from expiry and of low stock, each once", async () => {
      const { data: certificates } = await query().graph({
        entity: "certificate",
        fields: ["id", "decision_number", "product.producer.email"],
        filters: { status: "valid" },
      })
      const certificate = certificates.find((c) => c.product?.producer?.email)!
      await shop
        .sql("certificate")
        .where({ id: certificate.id })
        .update({ expires_at: shop.sql.raw("now() + interval '100 days'"), renewal_filed_at: null })

      const fishSauce = await variantOf(PRODUCER_A.product)
      const { data: products } = await query().graph({
        entity: "product",
        fields: ["producer.id", "producer.email", "producer.stock_location.id"],
        filters: { handle: PRODUCER_A.product },
      })
      const producer = products[0].producer!
      await shop
        .sql("inventory_level")
        .where({ inventory_item_id: fishSauce.inventory_item_id, location_id: producer.stock_location!.id })
        .update({ stocked_quantity: shop.sql.raw("reserved_quantity + 2") })

      await remindProducers(shop.container)
      const reminder = await delivered("certificate-expiring", certificate.id)
      expect(reminder.to).toBe(certificate.product!.producer!.email)
      expect(reminder.text).toContain(`số ${certificate.decision_number}`)
      expect(reminder.text).toContain("còn 100 ngày")
      const low = await delivered("low-stock", producer.id)
      expect(low.to).toBe(producer.email)
      expect(low.text).toMatch(/: còn 2\n/)

      // The next day's run: the same milestone and the same shortage are not told again.
      const again = await remindProducers(shop.container)
      const queuedAgain = await notices().listNotices({ id: again })
      expect(queuedAgain.filter((n) => n.resource_id === certificate.id || n.resource_id === producer.id)).toEqual([])
    })

    it("lists the mailbox for the office, newest first, and refuses to resend what was not a failure", async () => {
      const fishSauce = await variantOf(PRODUCER_A.product)
      const order = await placeOrder(BANK_TRANSFER_PROVIDER_ID, fishSauce.id, 1)
      const sent = await delivered("order-placed", order.id)
      const admin = await adminHeaders(api)
      const { data } = await api.get<NoticesResponse>("/admin/notices?status=sent", admin)
      expect(data.notices.map((n) => n.id)).toContain(sent.id)
      expect(data.notices.every((n) => n.status === "sent")).toBe(true)
      const refusal = await api.post(`/admin/notices/${sent.id}/retry`, {}, admin).catch((e) => e.response)
      expect(refusal.status).toBe(400)
      expect(refusal.data).toMatchObject({ code: "notice_not_failed", message: "Thư này đã được gửi." })
      expect((await api.get("/admin/notices?status=lost", admin).catch((e) => e.response)).status).toBe(400)
    })
  },
})
