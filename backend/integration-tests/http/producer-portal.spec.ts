import { integrationTestRunner } from "./test-runner"
import type { HttpTypes } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type {
  CatalogPage,
  CertificateSummary,
  OfficeCertificate,
  OfficeProducer,
  OrderShipment,
  PortalProduct,
  Producer,
  ProducerDashboard,
  ProducerInvite,
  ProducerMember,
  ProducerOrder,
} from "@ocop/contracts"
import { ERROR_CODES } from "@ocop/contracts"
import sharp from "sharp"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"
import { DEMO_PRODUCER_PASSWORD } from "../../src/scripts/seed"
import {
  adminHeaders,
  answerTo,
  type HttpError,
  placedOrder,
  readyCart as readyCartWith,
  refused,
  type Suite,
  seedDemoStore,
  type Token,
  demoRegionId,
} from "./demo-store"

jest.setTimeout(240_000)

/** Two demo producers, each with listed products: A sells fish sauce, B sells cu đơ candy. */
const PRODUCER_A = { email: "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local", product: "nuoc-mam-ky-phu" }
const PRODUCER_B = { email: "nguyen-thi-hang@ocop.local", product: "keo-cu-do-ha-tinh-nguyen-hang" }

/** What the portal's and the office's routes answer. */
type Products = { products: PortalProduct[]; count: number }
type Orders = { orders: ProducerOrder[]; count: number }
type Me = { member: ProducerMember; producer: Producer }
type Certificates = { certificates: CertificateSummary[] }
type OfficeProducers = { producers: OfficeProducer[]; count: number }
/** An invitation as its owner gets it once, with its token. */
type NewInvite = { invite: ProducerInvite & { token: string } }
/** An order as the office reads it with `*fulfillments.labels`, which Medusa's order type leaves out. */
type OrderWithLabels = { order: Omit<HttpTypes.AdminOrder, "fulfillments"> & { fulfillments: HttpTypes.AdminFulfillment[] } }

integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    let storeHeaders: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    let regionId: string

    beforeAll(async () => {
      const container = getContainer()
      storeHeaders = await seedDemoStore(container)
      regionId = await demoRegionId(container)
    })
    beforeEach(async () => {
      admin = await adminHeaders(api)
    })

    const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

    async function login(email: string, password = DEMO_PRODUCER_PASSWORD) {
      const { data } = await api.post<Token>("/auth/producer/emailpass", { email, password })
      return bearer(data.token)
    }

    async function registerProducer(email: string, producer: Record<string, unknown>) {
      const { data: registration } = await api.post<Token>("/auth/producer/emailpass/register", {
        email,
        password: "mat-khau-2026",
      })
      const { data } = await api.post<{ producer: Producer; member: ProducerMember }>(
        "/producer/register",
        { producer, member: { name: "Trần Thị Thu" } },
        bearer(registration.token)
      )
      const { data: refreshed } = await api.post<Token>("/auth/token/refresh", {}, bearer(registration.token))
      return { producer: data.producer, auth: bearer(refreshed.token) }
    }

    const NEW_PRODUCER = {
      name: "HTX Chè xanh Hương Sơn",
      owner_type: "cooperative",
      tax_code: "3009876543",
      representative: "Trần Thị Thu",
      phone: "0912 345 678",
      email: "chexanh@example.vn",
      commune: "Sơn Kim 1",
      province: "Hà Tĩnh",
      district_as_issued: "Hương Sơn",
      address_as_issued: "xã Sơn Kim 1, huyện Hương Sơn, tỉnh Hà Tĩnh",
    }

    async function ownProduct(auth: { headers: Record<string, string> }, handle: string) {
      const { data } = await api.get<Products>("/producer/products?limit=100", auth)
      return data.products.find((p) => p.handle === handle)!
    }

    async function catalogHandles(query = "") {
      const { data } = await api.get<CatalogPage>(`/store/catalog?limit=100${query}`, storeHeaders)
      return data.cards.map((card) => card.handle)
    }

    /** A cart with one of each variant, delivery and cash on delivery chosen: ready to complete. */
    const readyCart = (variantIds: string[]) =>
      readyCartWith(
        api,
        storeHeaders,
        regionId,
        variantIds.map((variant_id) => ({ variant_id, quantity: 1 }))
      )

    async function placeOrder(variantIds: string[]) {
      const cartId = await readyCart(variantIds)
      const { data: completed } = await api.post<HttpTypes.StoreCompleteCartResponse>(
        `/store/carts/${cartId}/complete`,
        {},
        storeHeaders
      )
      return placedOrder(completed).id
    }

    /**
     * The order's producer parts, read the moment the checkout has answered: they are written inside
     * the checkout's own workflow, never left to an event that a crash would lose.
     */
    async function partsOf(orderId: string, count: number) {
      const parts = await getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE).listProducerOrders({ order_id: orderId })
      expect(parts).toHaveLength(count)
      return parts
    }

    describe("registration and the office's approval", () => {
      it("registers a pending producer with its own warehouse; the office approves and suspends it", async () => {
        const { producer, auth } = await registerProducer("thu@example.vn", NEW_PRODUCER)
        expect(producer).toMatchObject({
          status: "pending",
          phone: "0912345678",
          handle: "htx-che-xanh-huong-son",
          address_as_issued: "xã Sơn Kim 1, huyện Hương Sơn, tỉnh Hà Tĩnh",
        })

        const { data: me } = await api.get<Me>("/producer/me", auth)
        expect(me.member).toMatchObject({ email: "thu@example.vn", role: "owner" })

        const { data: pending } = await api.get<OfficeProducers>("/admin/producers?status=pending", admin)
        expect(pending.producers.map((p) => p.id)).toEqual([producer.id])

        const { data: approved } = await api.post<{ producer: Producer }>(`/admin/producers/${producer.id}/approve`, {}, admin)
        expect(approved.producer.status).toBe("approved")
        expect(await refused(api.post(`/admin/producers/${producer.id}/approve`, {}, admin), 400)).toMatch(/Chỉ duyệt được/)
        expect(await refused(api.post(`/admin/producers/${producer.id}/suspend`, {}, admin), 400)).toBe("Nhập lý do tạm ngưng.")
      })

      it("refuses an invalid tax code, phone or email with sentences that say what to fix, and creates nothing", async () => {
        const { data: registration } = await api.post<Token>("/auth/producer/emailpass/register", {
          email: "sai@example.vn",
          password: "mat-khau-2026",
        })
        const message = await refused(
          api.post(
            "/producer/register",
            {
              producer: { ...NEW_PRODUCER, tax_code: "30098", phone: "12345", email: "khong-phai-email" },
              member: { name: "Thu" },
            },
            bearer(registration.token)
          ),
          400
        )
        expect(message).toMatch(/Mã số thuế phải gồm 10 chữ số/)
        expect(message).toMatch(/Số điện thoại không hợp lệ/)
        expect(message).toMatch(/Email không hợp lệ/)
        expect((await api.get<OfficeProducers>("/admin/producers?q=Chè xanh", admin)).data.count).toBe(0)
      })

      it("refuses a tax code another producer registered", async () => {
        await registerProducer("thu@example.vn", NEW_PRODUCER)
        const { data: registration } = await api.post<Token>("/auth/producer/emailpass/register", {
          email: "khac@example.vn",
          password: "mat-khau-2026",
        })
        const message = await refused(
          api.post("/producer/register", { producer: NEW_PRODUCER, member: { name: "Khác" } }, bearer(registration.token)),
          400
        )
        expect(message).toMatch(/Mã số thuế 3009876543 đã được đăng ký/)
      })

      it("keeps an unregistered login and anonymous callers out of the portal", async () => {
        const { data: registration } = await api.post<Token>("/auth/producer/emailpass/register", {
          email: "chua@example.vn",
          password: "mat-khau-2026",
        })
        await refused(api.get("/producer/products", bearer(registration.token)), 401)
        await refused(api.get("/producer/products"), 401)
      })

      it("delists every product of a suspended producer and refuses its sales, then lists them again on approval", async () => {
        const a = await login(PRODUCER_A.email)
        const { data: me } = await api.get<Me>("/producer/me", a)
        const product = await ownProduct(a, PRODUCER_A.product)
        const cartId = await readyCart([product.variants[0].id])

        await api.post(`/admin/producers/${me.producer.id}/suspend`, { reason: "Vi phạm cam kết chất lượng" }, admin)
        expect(await catalogHandles()).not.toContain(PRODUCER_A.product)
        expect(await refused(api.post(`/store/carts/${cartId}/complete`, {}, storeHeaders), 400)).toMatch(
          /nhà sản xuất đang bị tạm ngưng/
        )
        // Members of a suspended producer read, but change nothing.
        expect((await api.get<Products>("/producer/products", a)).data.count).toBeGreaterThan(0)
        expect(await refused(api.post(`/producer/products/${product.id}`, { title: "Đổi tên" }, a), 403)).toMatch(/tạm ngưng/)

        await api.post(`/admin/producers/${me.producer.id}/approve`, {}, admin)
        expect(await catalogHandles()).toContain(PRODUCER_A.product)
      })
    })

    describe("products", () => {
      it("creates a product that stays unlisted until certified, with prices and stock at the producer's warehouse", async () => {
        const a = await login(PRODUCER_A.email)
        const { data } = await api.post<{ product: PortalProduct }>(
          "/producer/products",
          {
            title: "Mắm tôm Kỳ Phú",
            description: "Mắm tôm chua làm từ tôm biển Kỳ Anh.",
            variants: [
              { title: "Hũ 200 g", sku: "MAM-TOM-KP-200", price: 45000, stock: 20 },
              { title: "Hũ 500 g", sku: "MAM-TOM-KP-500", price: 95000, stock: 8 },
            ],
          },
          a
        )
        expect(data.product).toMatchObject({ title: "Mắm tôm Kỳ Phú", handle: "mam-tom-ky-phu", listed: false })
        expect(data.product.variants.map((v) => [v.title, v.price, v.stock, v.certified])).toEqual(
          expect.arrayContaining([
            ["Hũ 200 g", 45000, 20, false],
            ["Hũ 500 g", 95000, 8, false],
          ])
        )
        const { data: added } = await api.post<{ product: PortalProduct }>(
          `/producer/products/${data.product.id}/variants`,
          { title: "Thùng 12 hũ", sku: "MAM-TOM-KP-T12", price: 500000, stock: 3 },
          a
        )
        expect(added.product.variants).toHaveLength(3)
        expect(await catalogHandles()).not.toContain("mam-tom-ky-phu")
        const { data: dashboard } = await api.get<ProducerDashboard>("/producer/dashboard", a)
        expect(dashboard.low_stock.map((row) => row.sku)).toEqual(expect.arrayContaining(["MAM-TOM-KP-500", "MAM-TOM-KP-T12"]))
      })

      it("refuses negative prices and stock, duplicate SKUs and empty titles, and creates nothing", async () => {
        const a = await login(PRODUCER_A.email)
        const before = (await api.get<Products>("/producer/products", a)).data.count
        const message = await refused(
          api.post("/producer/products", { title: " ", variants: [{ title: "Hũ", sku: "OK-SKU", price: -1000, stock: -2 }] }, a),
          400
        )
        expect(message).toMatch(/Nhập tên sản phẩm/)
        expect(message).toMatch(/Giá bán phải lớn hơn 0/)
        expect(message).toMatch(/Tồn kho không được âm/)
        const taken = (await ownProduct(a, PRODUCER_A.product)).variants[0].sku
        expect(
          await refused(
            api.post(
              "/producer/products",
              { title: "Trùng SKU", variants: [{ title: "Chai", sku: taken, price: 1000, stock: 1 }] },
              a
            ),
            400
          )
        ).toMatch(/đã được dùng/)
        expect((await api.get<Products>("/producer/products", a)).data.count).toBe(before)
      })

      it("changes a listed packaging's price and the shop shows the new price", async () => {
        const a = await login(PRODUCER_A.email)
        const product = await ownProduct(a, PRODUCER_A.product)
        const variant = product.variants[0]
        const { data } = await api.post<{ product: PortalProduct }>(
          `/producer/products/${product.id}/variants/${variant.id}`,
          { price: 77000, stock: 40 },
          a
        )
        expect(data.product.variants.find((v) => v.id === variant.id)).toMatchObject({ price: 77000, stock: 40 })
        const { data: shop } = await api.get<HttpTypes.StoreProductResponse>(
          `/store/products/${product.id}?region_id=${regionId}&fields=*variants.calculated_price`,
          storeHeaders
        )
        expect(shop.product.variants!.find((v) => v.id === variant.id)!.calculated_price!.calculated_amount).toBe(77000)
        expect(await refused(api.post(`/producer/products/${product.id}/variants/${variant.id}`, { price: 0 }, a), 400)).toMatch(
          /Giá bán phải lớn hơn 0/
        )
      })
    })

    describe("uploads that cannot plant a script (issue 12)", () => {
      const uploadAs =
        (auth: { headers: Record<string, string> }, route = "/producer/uploads") =>
        (name: string, content: Buffer, type: string) => {
          const form = new FormData()
          form.append("files", new Blob([content], { type }), name)
          return api.post<{ files: { url: string }[] }>(route, form, auth)
        }
      async function refusedWithCode(request: Promise<unknown>) {
        const error = await request.then(
          () => null,
          (e: HttpError) => e
        )
        expect(error?.response?.status).toBe(400)
        return { code: error!.response!.data.code, message: error!.response!.data.message }
      }
      /** What a browser gets at an uploaded file's URL (the test server does not listen on :9000). */
      const served = (url: string, auth = {}) =>
        api.get<Buffer>(new URL(url).pathname, { ...auth, responseType: "arraybuffer", validateStatus: () => true })
      const png = () =>
        sharp({ create: { width: 8, height: 8, channels: 3, background: "#c0392b" } })
          .png()
          .toBuffer()
      const HTML = "<html><script>alert(document.cookie)</script></html>"

      it("stores a PNG followed by an HTML page, named x.html, as a re-encoded PNG served as image/png with nosniff", async () => {
        const upload = uploadAs(await login(PRODUCER_A.email))
        const { data } = await upload("x.html", Buffer.concat([await png(), Buffer.from(HTML)]), "text/html")
        const url: string = data.files[0].url
        expect(url).toMatch(/\/uploads\/\d+-[0-9a-f]{32}\.png$/)

        const response = await served(url)
        expect(response.status).toBe(200)
        expect(response.headers["content-type"]).toBe("image/png")
        expect(response.headers["x-content-type-options"]).toBe("nosniff")
        expect(response.headers["content-security-policy"]).toBe("default-src 'none'; sandbox")
        expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable")
        const bytes = Buffer.from(response.data)
        expect(bytes.includes("<html")).toBe(false)
        expect(bytes.includes("script")).toBe(false)
        expect(await sharp(bytes).metadata()).toMatchObject({ format: "png", width: 8, height: 8 })
      })

      it("refuses an SVG, a GIF and a page called .png with a 400 naming the file", async () => {
        const upload = uploadAs(await login(PRODUCER_A.email))
        const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><script>alert(1)</script></svg>')
        expect(await refusedWithCode(upload("logo.svg", svg, "image/svg+xml"))).toEqual({
          code: "upload_not_image",
          message: '"logo.svg" không phải ảnh JPEG, PNG hoặc WebP: chỉ nhận ba loại ảnh này (không nhận SVG, GIF, HEIC).',
        })
        const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#fff" } })
          .gif()
          .toBuffer()
        expect((await refusedWithCode(upload("dong.gif", gif, "image/gif"))).message).toMatch(
          /^"dong\.gif" không phải ảnh JPEG, PNG hoặc WebP/
        )
        expect((await refusedWithCode(upload("gia-anh.png", Buffer.from(HTML), "image/png"))).code).toBe("upload_not_image")
      })

      it("stores a picture with a 250-character name under a name of its own; refuses one over 5 MB, naming it", async () => {
        const upload = uploadAs(await login(PRODUCER_A.email))
        const longName = `${"anh-san-pham-".repeat(20)}.png`.slice(-250)
        expect(longName).toHaveLength(250)
        const { data } = await upload(longName, await png(), "image/png")
        expect(data.files[0].url).toMatch(/\/uploads\/\d+-[0-9a-f]{32}\.png$/)
        expect((await served(data.files[0].url)).status).toBe(200)

        expect(await refusedWithCode(upload("qua-lon.jpg", Buffer.alloc(5 * 1024 * 1024 + 1, 0xff), "image/jpeg"))).toEqual({
          code: "upload_too_large",
          message: 'Ảnh "qua-lon.jpg" nặng hơn 5 MB; hãy chọn ảnh nhỏ hơn.',
        })
      })

      it("gives the office's Medusa Admin uploads the same treatment", async () => {
        const upload = uploadAs(admin, "/admin/uploads")
        const { data } = await upload("x.html", Buffer.concat([await png(), Buffer.from(HTML)]), "image/png")
        const response = await served(data.files[0].url)
        expect(response.headers["content-type"]).toBe("image/png")
        expect(Buffer.from(response.data).includes("<html")).toBe(false)
        expect((await refusedWithCode(upload("logo.svg", Buffer.from("<svg/>"), "image/svg+xml"))).code).toBe("upload_not_image")
      })

      it("serves no name the server did not give, and the office's private exports only to the office", async () => {
        const files = getContainer().resolve(Modules.FILE)
        const [page] = await files.createFiles([
          { filename: "x.html", mimeType: "text/html", content: Buffer.from(HTML).toString("base64"), access: "public" },
        ])
        expect((await served(page.url)).status).toBe(404)
        expect((await api.get("/uploads/..%2F..%2Fpackage.json", { validateStatus: () => true })).status).toBe(404)

        // As Medusa writes an order export (customers' addresses): a private file.
        const [csv] = await files.createFiles([
          { filename: `${Date.now()}-order-exports.csv`, mimeType: "text/csv", content: "id\n1\n" },
        ])
        const exported = await files.retrieveFile(csv.id)
        expect((await served(exported.url)).status).toBe(401)
        const download = await served(exported.url, admin)
        expect(download.status).toBe(200)
        expect(download.headers["content-disposition"]).toMatch(/^attachment/)
        expect(download.headers["x-content-type-options"]).toBe("nosniff")
      })

      it("refuses picture addresses that are not http(s), naming the field, and changes nothing", async () => {
        const a = await login(PRODUCER_A.email)
        const product = await ownProduct(a, PRODUCER_A.product)
        expect(
          await refusedWithCode(api.post(`/producer/products/${product.id}`, { images: ["javascript:alert(1)"] }, a))
        ).toEqual({
          code: "invalid_url",
          message:
            "Ảnh sản phẩm phải là địa chỉ web bắt đầu bằng http:// hoặc https:// (ví dụ địa chỉ nhận được khi tải ảnh lên).",
        })
        expect(await refused(api.post("/producer/me", { logo_url: "data:image/svg+xml;base64,PHN2Zy8+" }, a), 400)).toMatch(
          /^Logo phải là địa chỉ web/
        )
        expect((await ownProduct(a, PRODUCER_A.product)).images).toEqual(product.images)
      })
    })

    describe("orders split per producer", () => {
      it("splits a two-producer order; each ships or cancels its own part; the customer sees both", async () => {
        const a = await login(PRODUCER_A.email)
        const b = await login(PRODUCER_B.email)
        const productA = await ownProduct(a, PRODUCER_A.product)
        const productB = await ownProduct(b, PRODUCER_B.product)
        const orderId = await placeOrder([productA.variants[0].id, productB.variants[0].id])
        await partsOf(orderId, 2)

        const { data: ordersA } = await api.get<Orders>("/producer/orders?status=pending", a)
        expect(ordersA.count).toBe(1)
        const partA = ordersA.orders[0]
        expect(partA.items.map((item) => [item.title, item.quantity])).toEqual([[productA.title, 1]])
        expect(partA.shipping_total).toBe(30000)
        expect(partA.customer).toMatchObject({ name: "Nguyễn Văn An", phone: "0912345678" })
        const partB = (await api.get<Orders>("/producer/orders", b)).data.orders[0]
        expect(partB.items.map((item) => item.title)).toEqual([productB.title])

        await api.post(`/producer/orders/${partA.id}/confirm`, {}, a)
        expect(await refused(api.post(`/producer/orders/${partA.id}/ship`, { tracking_number: " " }, a), 400)).toBe(
          "Nhập mã vận đơn."
        )
        const { data: shipped } = await api.post<{ order: ProducerOrder }>(
          `/producer/orders/${partA.id}/ship`,
          { tracking_number: "GHN123456789", carrier: "GHN" },
          a
        )
        expect(shipped.order).toMatchObject({ status: "shipped", tracking_number: "GHN123456789" })
        expect(await refused(api.post(`/producer/orders/${partA.id}/cancel`, { reason: "Muộn" }, a), 400)).toMatch(
          /Không hủy được/
        )
        expect(await refused(api.post(`/producer/orders/${partB.id}/cancel`, {}, b), 400)).toMatch(/lý do hủy/)
        await api.post(`/producer/orders/${partB.id}/cancel`, { reason: "Hết hàng đợt này" }, b)

        const { data } = await api.get<{ shipments: OrderShipment[] }>(`/store/orders/${orderId}/shipments`, storeHeaders)
        expect(
          data.shipments.map((s) => [s.producer.handle, s.status, s.tracking_number, s.cancel_reason, s.items.length]).sort()
        ).toEqual(
          [
            ["htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu", "shipped", "GHN123456789", null, 1],
            ["nguyen-thi-hang", "canceled", null, "Hết hàng đợt này", 1],
          ].sort()
        )
        // The office sees the same in Medusa: one shipped fulfillment, from producer A's warehouse.
        const { data: order } = await api.get<OrderWithLabels>(
          `/admin/orders/${orderId}?fields=*fulfillments,*fulfillments.labels`,
          admin
        )
        expect(order.order.fulfillments).toHaveLength(1)
        expect(order.order.fulfillments[0].shipped_at).toBeTruthy()
        expect(order.order.fulfillments[0].labels[0].tracking_number).toBe("GHN123456789")
      })

      it("cancels the whole order when every producer cancels its part", async () => {
        const a = await login(PRODUCER_A.email)
        const orderId = await placeOrder([(await ownProduct(a, PRODUCER_A.product)).variants[0].id])
        const [part] = await partsOf(orderId, 1)
        await api.post(`/producer/orders/${part.id}/cancel`, { reason: "Khách gọi hủy" }, a)
        const { data } = await api.get<HttpTypes.AdminOrderResponse>(`/admin/orders/${orderId}`, admin)
        expect(data.order.status).toBe("canceled")
      })
    })

    describe("staff invitations", () => {
      it("lets an owner invite staff, who join with the invited email only and cannot invite in turn", async () => {
        const a = await login(PRODUCER_A.email)
        const { data } = await api.post<NewInvite>("/producer/members/invites", { email: "NhanVien@Example.vn" }, a)
        expect(data.invite).toMatchObject({ email: "nhanvien@example.vn", accepted_at: null })

        const { data: stranger } = await api.post<Token>("/auth/producer/emailpass/register", {
          email: "la@example.vn",
          password: "mat-khau-2026",
        })
        expect(
          await refused(
            api.post("/producer/invites/accept", { token: data.invite.token, name: "Lạ" }, bearer(stranger.token)),
            400
          )
        ).toMatch(/dành cho nhanvien@example.vn/)
        const { data: staffLogin } = await api.post<Token>("/auth/producer/emailpass/register", {
          email: "nhanvien@example.vn",
          password: "mat-khau-2026",
        })
        await api.post("/producer/invites/accept", { token: data.invite.token, name: "Lê Văn Bình" }, bearer(staffLogin.token))
        expect(
          await refused(
            api.post("/producer/invites/accept", { token: data.invite.token, name: "Lần hai" }, bearer(stranger.token)),
            404
          )
        ).toMatch(/đã được dùng/)
        const staff = await login("nhanvien@example.vn", "mat-khau-2026")
        const { data: me } = await api.get<Me>("/producer/me", staff)
        expect(me.member.role).toBe("staff")
        expect((await api.get<Products>("/producer/products", staff)).data.count).toBeGreaterThan(0)
        expect(await refused(api.post("/producer/members/invites", { email: "them@example.vn" }, staff), 403)).toMatch(
          /Chỉ chủ cơ sở/
        )
        expect(await refused(api.post("/producer/me", { story: "Đổi" }, staff), 403)).toMatch(/Chỉ chủ cơ sở/)
      })
    })

    describe("certificates", () => {
      const DAY = 24 * 3600 * 1000

      /** The office records a 4★ certificate for the product's first packaging, ending in `days`. */
      async function certificateEndingIn(product: PortalProduct, days: number) {
        const expires = new Date(Date.now() + days * DAY)
        const issued = new Date(expires.getTime() - 3 * 365 * DAY)
        const { data } = await api.post<{ certificate: OfficeCertificate }>(
          "/admin/ocop/certificates",
          {
            product_id: product.id,
            decision_number: `${days}/QĐ-UBND`,
            decision_date: issued.toISOString(),
            issuer: "UBND tỉnh Hà Tĩnh",
            stars: 4,
            product_set: 9,
            program_year: issued.getUTCFullYear(),
            legal_basis: "148/2023",
            issued_at: issued.toISOString(),
            expires_at: expires.toISOString(),
            owner_name: "HTX Kỳ Phú",
            skus: [{ variant_id: product.variants[0].id, packaging: product.variants[0].title }],
          },
          admin
        )
        return { id: data.certificate.id, expires }
      }

      it("shows the producer's certificates with their covered SKUs and renewal window", async () => {
        const a = await login(PRODUCER_A.email)
        const { data } = await api.get<Certificates>("/producer/certificates", a)
        const product = await ownProduct(a, PRODUCER_A.product)
        const certificate = data.certificates.find((c) => c.product_id === product.id && c.status === "valid")!
        expect(certificate.skus.map((sku) => sku.sku).sort()).toEqual(product.variants.map((v) => v.sku).sort())
        const expires = new Date(certificate.expires_at).getTime()
        expect(new Date(certificate.renewal_window.opens_at).getTime()).toBe(expires - 180 * DAY)
        expect(new Date(certificate.renewal_window.closes_at).getTime()).toBe(expires - 120 * DAY)
      })

      it("files a renewal in time and the certificate's validity extends by the grace period", async () => {
        const a = await login(PRODUCER_A.email)
        const { id, expires } = await certificateEndingIn(await ownProduct(a, PRODUCER_A.product), 150)
        const { data } = await api.post<{ certificate: CertificateSummary }>(`/producer/certificates/${id}/renewal`, {}, a)
        expect(data.certificate.renewal_filed_at).toBeTruthy()
        expect(new Date(data.certificate.valid_until).getTime() - expires.getTime()).toBe(180 * DAY)
        expect(await refused(api.post(`/producer/certificates/${id}/renewal`, {}, a), 400)).toMatch(/đã được nộp/)
      })

      it("refuses a renewal filed before the window opens or after it closes, and records nothing", async () => {
        const a = await login(PRODUCER_A.email)
        const product = await ownProduct(a, PRODUCER_A.product)
        for (const days of [400, 60]) {
          const { id } = await certificateEndingIn(product, days)
          expect(await refused(api.post(`/producer/certificates/${id}/renewal`, {}, a), 400)).toMatch(
            /Chỉ nộp hồ sơ đánh giá lại từ/
          )
          const { data } = await api.get<Certificates>("/producer/certificates", a)
          expect(data.certificates.find((c) => c.id === id)!.renewal_filed_at).toBeNull()
        }
      })

      it("lets only the owner file a renewal", async () => {
        const a = await login(PRODUCER_A.email)
        const { id } = await certificateEndingIn(await ownProduct(a, PRODUCER_A.product), 150)
        const { data } = await api.post<NewInvite>("/producer/members/invites", { email: "nv@example.vn" }, a)
        const { data: staffLogin } = await api.post<Token>("/auth/producer/emailpass/register", {
          email: "nv@example.vn",
          password: "mat-khau-2026",
        })
        await api.post("/producer/invites/accept", { token: data.invite.token, name: "Nhân viên" }, bearer(staffLogin.token))
        const staff = await login("nv@example.vn", "mat-khau-2026")
        expect(await refused(api.post(`/producer/certificates/${id}/renewal`, {}, staff), 403)).toMatch(/Chỉ chủ cơ sở/)
      })
    })

    /**
     * Tenant isolation: producer A walks every /producer/* route with producer B's ids.
     * Routes covered:
     *   GET  /producer/products/:id                      POST /producer/products/:id
     *   POST /producer/products/:id/variants             POST /producer/products/:id/variants/:variant_id
     *   GET  /producer/orders/:id                        POST /producer/orders/:id/confirm
     *   POST /producer/orders/:id/ship                   POST /producer/orders/:id/cancel
     *   POST /producer/orders/:id/deliver                POST /producer/orders/:id/refuse
     *   POST /producer/certificates/:id/renewal
     * and the list routes, which must not include B's data:
     *   GET  /producer/products   GET /producer/orders   GET /producer/certificates
     *   GET  /producer/dashboard  GET /producer/members  GET /producer/me
     * A's own product with B's variant id is refused too (POST /producer/products/:id/variants/:variant_id).
     */
    describe("tenant isolation", () => {
      it("answers 404 for every route given another producer's ids, and changes nothing of theirs", async () => {
        const a = await login(PRODUCER_A.email)
        const b = await login(PRODUCER_B.email)
        const productA = await ownProduct(a, PRODUCER_A.product)
        const productB = await ownProduct(b, PRODUCER_B.product)
        const variantB = productB.variants[0]
        const orderId = await placeOrder([productA.variants[0].id, variantB.id])
        await partsOf(orderId, 2)
        const partB = (await api.get<Orders>("/producer/orders", b)).data.orders[0]
        const certificateB = (await api.get<Certificates>("/producer/certificates", b)).data.certificates[0]
        const inviteB = (await api.post<NewInvite>("/producer/members/invites", { email: "b-staff@example.vn" }, b)).data.invite

        const attempts: [string, () => Promise<unknown>][] = [
          ["GET product", () => api.get(`/producer/products/${productB.id}`, a)],
          ["edit product", () => api.post(`/producer/products/${productB.id}`, { title: "Bị sửa" }, a)],
          [
            "add variant",
            () => api.post(`/producer/products/${productB.id}/variants`, { title: "Lạ", sku: "LA-1", price: 1000, stock: 1 }, a),
          ],
          [
            "edit variant",
            () => api.post(`/producer/products/${productB.id}/variants/${variantB.id}`, { price: 1000, stock: 0 }, a),
          ],
          [
            "edit B's variant via A's product",
            () => api.post(`/producer/products/${productA.id}/variants/${variantB.id}`, { price: 1000 }, a),
          ],
          ["GET order", () => api.get(`/producer/orders/${partB.id}`, a)],
          ["confirm order", () => api.post(`/producer/orders/${partB.id}/confirm`, {}, a)],
          ["ship order", () => api.post(`/producer/orders/${partB.id}/ship`, { tracking_number: "X1" }, a)],
          ["cancel order", () => api.post(`/producer/orders/${partB.id}/cancel`, { reason: "Phá" }, a)],
          ["deliver order", () => api.post(`/producer/orders/${partB.id}/deliver`, {}, a)],
          ["refuse order", () => api.post(`/producer/orders/${partB.id}/refuse`, { reason: "Phá" }, a)],
          ["file renewal", () => api.post(`/producer/certificates/${certificateB.id}/renewal`, {}, a)],
        ]
        for (const [what, attempt] of attempts) {
          const { status, data } = await answerTo(attempt())
          expect({ what, status, code: data.code }).toEqual({ what, status: 404, code: ERROR_CODES.NOT_FOUND })
          expect(data.message).toMatch(/^Không tìm thấy/)
          expect(data.message).not.toContain(productB.title)
        }
        // Shipping (refused inside its workflow) answers in the very words of reading the part.
        const [read, ship] = await Promise.all([
          answerTo(api.get(`/producer/orders/${partB.id}`, a)),
          answerTo(api.post(`/producer/orders/${partB.id}/ship`, { tracking_number: "X1" }, a)),
        ])
        expect(ship.data).toEqual(read.data)

        const lists = await Promise.all(
          [
            "/producer/products?limit=100",
            "/producer/orders",
            "/producer/certificates",
            "/producer/dashboard",
            "/producer/members",
            "/producer/me",
          ].map((url) => api.get(url, a).then(({ data }: { data: unknown }) => JSON.stringify(data)))
        )
        for (const body of lists) {
          for (const foreign of [productB.id, variantB.id, partB.id, certificateB.id, inviteB.id, PRODUCER_B.email])
            expect(body).not.toContain(foreign)
        }

        // B's data is exactly as before.
        expect(await ownProduct(b, PRODUCER_B.product)).toEqual(productB)
        expect((await api.get<{ order: ProducerOrder }>(`/producer/orders/${partB.id}`, b)).data.order.status).toBe("pending")
        expect((await api.get<Certificates>("/producer/certificates", b)).data.certificates[0]).toEqual(certificateB)
      })
    })
  },
})
