import { integrationTestRunner } from "./test-runner"
import type { HttpTypes } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type {
  Period,
  PublicShowroom,
  Receipt,
  ShelfLine,
  ShowroomConsignment,
  ShowroomOverviewRow,
  ShowroomReport,
  ShowroomStocking,
  StockMovement,
} from "@ocop/contracts"
import { DEMO_ADMIN, DEMO_SHOWROOMS } from "../../src/scripts/seed"
import { adminHeaders, demoLogin, refused, type Suite, seedDemoStore, type Token, demoRegionId } from "./demo-store"

jest.setTimeout(240_000)

const [CHO_HA_TINH, THIEN_CAM] = DEMO_SHOWROOMS

/** What the counter's routes answer. */
type Shelf = { stock: ShelfLine[] }
type Movements = { movements: StockMovement[]; count: number }
type Sale = { sale: Receipt }

integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    let storeHeaders: { headers: Record<string, string> }
    let regionId: string

    beforeAll(async () => {
      const container = getContainer()
      storeHeaders = await seedDemoStore(container)
      regionId = await demoRegionId(container)
    })

    const counter = (email: string) => demoLogin(api, "showroom_staff", email)

    async function shelf(auth: { headers: Record<string, string> }) {
      const { data } = await api.get<Shelf>("/showroom/stock", auth)
      return data.stock
    }

    const lineOf = (stock: ShelfLine[], sku: string | null) => stock.find((line) => line.sku === sku)!

    /** The SKU and variant of a demo product's first packaging. */
    async function packaging(handle: string) {
      const { data } = await api.get<HttpTypes.StoreProductListResponse>(
        `/store/products?handle=${handle}&fields=variants.id,variants.sku,variants.title&region_id=${regionId}`,
        storeHeaders
      )
      // The one the demo showroom stocks: the product's first packaging by SKU.
      const [variant] = data.products[0].variants!.filter((v) => v.sku).sort((a, b) => a.sku!.localeCompare(b.sku!))
      return { variant_id: variant.id as string, sku: variant.sku as string }
    }

    it("receives a consignment by SKU with its lot, and refuses unknown, uncertified or negative lines", async () => {
      const staff = await counter(CHO_HA_TINH.staff.email)
      const fishSauce = await packaging("nuoc-mam-ky-phu")
      const before = lineOf(await shelf(staff), fishSauce.sku).stock

      const { data } = await api.post<Shelf>(
        "/showroom/receipts",
        { lines: [{ sku: fishSauce.sku, quantity: 10, batch_code: "LO-2026-11" }] },
        staff
      )
      expect(lineOf(data.stock, fishSauce.sku).stock).toBe(before + 10)
      const { data: log } = await api.get<Movements>("/showroom/movements?kind=receipt&limit=1", staff)
      expect(log.movements[0]).toMatchObject({ kind: "receipt", quantity: 10, batch_code: "LO-2026-11", sku: fishSauce.sku })
      expect(log.movements[0].producer_id).toMatch(/^pdr_/)

      expect(await refused(api.post("/showroom/receipts", { lines: [{ sku: "KHONG-CO", quantity: 1 }] }, staff), 404)).toMatch(
        /KHONG-CO/
      )
      expect(
        await refused(api.post("/showroom/receipts", { lines: [{ sku: fishSauce.sku, quantity: -3 }] }, staff), 400)
      ).toMatch(/lớn hơn 0/)
      // Mật ong Hương Bưởi's certificate has expired: a showroom takes in only what it may sell.
      const expired = await getContainer()
        .resolve(Modules.PRODUCT)
        .listProductVariants({ sku: { $like: "MAT-ONG-HUONG-BUOI%" } }, { select: ["sku"] })
      expect(
        await refused(api.post("/showroom/receipts", { lines: [{ sku: expired[0].sku, quantity: 1 }] }, staff), 400)
      ).toMatch(/giấy chứng nhận OCOP/)
      expect(lineOf(await shelf(staff), fishSauce.sku).stock).toBe(before + 10)
    })

    it("returns stock to the producer and adjusts counts only with a reason, never below zero", async () => {
      const staff = await counter(CHO_HA_TINH.staff.email)
      const candy = await packaging("keo-cu-do-ha-tinh-nguyen-hang")
      const start = lineOf(await shelf(staff), candy.sku).stock // 20 from the seed

      expect(
        await refused(api.post("/showroom/returns", { lines: [{ sku: candy.sku, quantity: start + 1 }] }, staff), 400)
      ).toMatch(new RegExp(`chỉ còn ${start}`))
      await api.post("/showroom/returns", { lines: [{ sku: candy.sku, quantity: 5 }], note: "Gần hết hạn, trả HTX" }, staff)

      expect(await refused(api.post("/showroom/adjustments", { lines: [{ sku: candy.sku, quantity: -2 }] }, staff), 400)).toMatch(
        /Chọn lý do/
      )
      expect(
        await refused(
          api.post("/showroom/adjustments", { lines: [{ sku: candy.sku, quantity: 2 }], reason: "damaged" }, staff),
          400
        )
      ).toMatch(/nhập số âm/)
      await api.post(
        "/showroom/adjustments",
        { lines: [{ sku: candy.sku, quantity: -2 }], reason: "damaged", note: "Vỡ hộp" },
        staff
      )
      await api.post("/showroom/adjustments", { lines: [{ sku: candy.sku, quantity: 1 }], reason: "count_correction" }, staff)
      expect(lineOf(await shelf(staff), candy.sku).stock).toBe(start - 5 - 2 + 1)

      const { data } = await api.get<Movements>("/showroom/movements", staff)
      expect(data.movements.slice(0, 3).map((m) => [m.kind, m.quantity, m.reason])).toEqual([
        ["adjustment", 1, "count_correction"],
        ["adjustment", -2, "damaged"],
        ["return_to_producer", -5, null],
      ])
    })

    it("records a cash sale as a paid order in the showroom's channel, with change, and takes it off the shelf", async () => {
      const staff = await counter(CHO_HA_TINH.staff.email)
      const stock = await shelf(staff)
      const candy = stock.find((line) => line.sku!.startsWith("KEO-CU-DO"))!
      const { data } = await api.post<Sale>(
        "/showroom/sales",
        { lines: [{ variant_id: candy.variant_id, quantity: 2 }], payment_method: "cash", cash_received: 500_000 },
        staff
      )
      expect(data.sale).toMatchObject({ total: candy.price! * 2, change: 500_000 - candy.price! * 2, payment_method: "cash" })
      expect(lineOf(await shelf(staff), candy.sku).stock).toBe(candy.stock - 2)

      const admin = await adminHeaders(api)
      const { data: order } = await api.get<HttpTypes.AdminOrderResponse>(
        `/admin/orders/${data.sale.order_id}?fields=id,total,sales_channel.name,*items`,
        admin
      )
      expect(order.order.sales_channel!.name).toBe(`Quầy ${CHO_HA_TINH.name}`)
      expect(order.order.total).toBe(candy.price! * 2)

      expect(
        await refused(
          api.post(
            "/showroom/sales",
            { lines: [{ variant_id: candy.variant_id, quantity: 1 }], payment_method: "cash", cash_received: 1000 },
            staff
          ),
          400
        )
      ).toMatch(/chưa đủ/)
    })

    it("refuses to sell more than the shelf holds, writing no order and changing no stock", async () => {
      const staff = await counter(THIEN_CAM.staff.email)
      const fishSauce = (await shelf(staff)).find((line) => line.sku!.startsWith("NUOC-MAM-KY-PHU"))!
      const orders = getContainer().resolve(Modules.ORDER)
      const ordersBefore = (await orders.listOrders({}, { select: ["id"] })).length
      expect(
        await refused(
          api.post(
            "/showroom/sales",
            { lines: [{ variant_id: fishSauce.variant_id, quantity: fishSauce.stock + 1 }], payment_method: "bank_transfer" },
            staff
          ),
          400
        )
      ).toMatch(/chỉ còn/)
      expect((await orders.listOrders({}, { select: ["id"] })).length).toBe(ordersBefore)
      expect(lineOf(await shelf(staff), fishSauce.sku).stock).toBe(fishSauce.stock)
    })

    it("takes a customer return back on the shelf with a refund, at most what was sold", async () => {
      const staff = await counter(CHO_HA_TINH.staff.email)
      const honey = (await shelf(staff)).find((line) => line.sku!.startsWith("MAT-ONG"))!
      const { data } = await api.post<Sale>(
        "/showroom/sales",
        { lines: [{ variant_id: honey.variant_id, quantity: 2 }], payment_method: "bank_transfer" },
        staff
      )
      const { data: returned } = await api.post<{ return: { refund: number } }>(
        `/showroom/sales/${data.sale.order_id}/returns`,
        { lines: [{ variant_id: honey.variant_id, quantity: 1 }] },
        staff
      )
      expect(returned.return.refund).toBe(honey.price)
      expect(lineOf(await shelf(staff), honey.sku).stock).toBe(honey.stock - 1)
      expect(
        await refused(
          api.post(
            `/showroom/sales/${data.sale.order_id}/returns`,
            { lines: [{ variant_id: honey.variant_id, quantity: 2 }] },
            staff
          ),
          400
        )
      ).toMatch(/Chỉ còn trả lại được 1/)
    })

    it("keeps each showroom's staff to its own shelf, log and sales", async () => {
      const choHaTinh = await counter(CHO_HA_TINH.staff.email)
      const thienCam = await counter(THIEN_CAM.staff.email)
      const candy = (await shelf(choHaTinh)).find((line) => line.sku!.startsWith("KEO-CU-DO"))!
      const { data } = await api.post<Sale>(
        "/showroom/sales",
        { lines: [{ variant_id: candy.variant_id, quantity: 1 }], payment_method: "cash" },
        choHaTinh
      )

      const message = await refused(
        api.post(
          `/showroom/sales/${data.sale.order_id}/returns`,
          { lines: [{ variant_id: candy.variant_id, quantity: 1 }] },
          thienCam
        ),
        404
      )
      expect(message).toMatch(/Không tìm thấy hoá đơn/)
      const { data: log } = await api.get<Movements>("/showroom/movements?limit=200", thienCam)
      expect(log.movements.some((m) => m.order_id === data.sale.order_id)).toBe(false)
      // Thiên Cầm's shelf is its own count, untouched by the sale at Chợ Hà Tĩnh.
      expect(lineOf(await shelf(thienCam), candy.sku).stock).toBe(15)
      await refused(api.get("/showroom/stock"), 401)
      const { data: producerLogin } = await api.post<Token>("/auth/producer/emailpass", {
        email: "nguyen-thi-hang@ocop.local",
        password: DEMO_ADMIN.password,
      })
      await refused(api.get("/showroom/stock", { headers: { authorization: `Bearer ${producerLogin.token}` } }), 401)
    })

    it("keeps showroom stock out of the online store", async () => {
      const staff = await counter(CHO_HA_TINH.staff.email)
      const fishSauce = await packaging("nuoc-mam-ky-phu")
      const online = async () => {
        const { data } = await api.get<HttpTypes.StoreProductResponse>(
          `/store/products/${(await api.get<HttpTypes.StoreProductListResponse>(`/store/products?handle=nuoc-mam-ky-phu`, storeHeaders)).data.products[0].id}?fields=+variants.inventory_quantity`,
          storeHeaders
        )
        return data.product.variants!.find((v) => v.id === fishSauce.variant_id)!.inventory_quantity
      }
      const before = await online()
      await api.post("/showroom/receipts", { lines: [{ sku: fishSauce.sku, quantity: 30 }] }, staff)
      expect(await online()).toBe(before)
    })

    it("sells the last 5 units exactly 5 times when 20 counter sales race for them", async () => {
      const staff = await counter(THIEN_CAM.staff.email)
      const fishSauce = (await shelf(staff)).find((line) => line.sku!.startsWith("NUOC-MAM-KY-PHU"))!
      await api.post(
        "/showroom/adjustments",
        { lines: [{ sku: fishSauce.sku, quantity: 5 - fishSauce.stock }], reason: "count_correction" },
        staff
      )
      expect(lineOf(await shelf(staff), fishSauce.sku).stock).toBe(5)

      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          api
            .post(
              "/showroom/sales",
              { lines: [{ variant_id: fishSauce.variant_id, quantity: 1 }], payment_method: "cash" },
              staff
            )
            .then(
              (response: { status: number }) => response.status,
              (error: { response?: { status: number } }) => error.response?.status ?? 0
            )
        )
      )
      expect(results.filter((status) => status === 201)).toHaveLength(5)
      expect(results.filter((status) => status === 400)).toHaveLength(15)
      expect(lineOf(await shelf(staff), fishSauce.sku).stock).toBe(0)
      const { data } = await api.get<Movements>("/showroom/movements?kind=sale&limit=200", staff)
      expect(data.movements.filter((m) => m.variant_id === fishSauce.variant_id)).toHaveLength(5)
    })

    it("reports a showroom's sales, sell-through, stock value and slow movers; the office ranks the weakest first", async () => {
      const staff = await counter(CHO_HA_TINH.staff.email)
      const shelfBefore = await shelf(staff)
      const candy = shelfBefore.find((line) => line.sku!.startsWith("KEO-CU-DO"))!
      await api.post("/showroom/sales", { lines: [{ variant_id: candy.variant_id, quantity: 4 }], payment_method: "cash" }, staff)
      await api.post(
        "/showroom/sales",
        { lines: [{ variant_id: candy.variant_id, quantity: 1 }], payment_method: "bank_transfer" },
        staff
      )

      const { data } = await api.get<{ showroom: { id: string; name: string }; report: ShowroomReport }>(
        "/showroom/reports",
        staff
      )
      const report = data.report
      expect(report).toMatchObject({ sales_count: 2, units_sold: 5, revenue: candy.price! * 5, units_received: 40 })
      expect(report.sell_through).toBe(Math.round((5 / 40) * 1000) / 1000)
      expect(report.by_producer).toEqual([
        {
          producer_id: expect.stringMatching(/^pdr_/),
          name: "Hộ kinh doanh Nguyễn Thị Hằng",
          units: 5,
          revenue: candy.price! * 5,
        },
      ])
      expect(report.stock_value).toBe(shelfBefore.reduce((sum, line) => sum + line.stock * line.price!, 0) - candy.price! * 5)
      expect(report.slow_movers[0].units_sold).toBe(0) // fish sauce and honey sold nothing

      const admin = await adminHeaders(api)
      const { data: overview } = await api.get<{ period: Period; showrooms: ShowroomOverviewRow[] }>(
        "/admin/showrooms/overview",
        admin
      )
      expect(overview.showrooms.map((row) => [row.rank, row.showroom.handle, row.sales_count])).toEqual([
        [1, THIEN_CAM.handle, 0],
        [2, CHO_HA_TINH.handle, 2],
      ])
      const csv = await api.get<string>("/admin/showrooms/overview?format=csv", admin)
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      const [header, first] = String(csv.data)
        .replace(/^\uFEFF/, "")
        .split("\r\n")
      expect(header).toMatch(/^Hạng,Điểm bán,Tỉnh\/thành/)
      expect(first).toMatch(new RegExp(`^1,${THIEN_CAM.name},Hà Tĩnh`))

      expect(await refused(api.get("/showroom/reports?from=2026-12-01&to=2026-01-01", staff), 400)).toMatch(/phải trước/)
    })

    it("shows producers their goods in every showroom, and shoppers where a product is on a shelf", async () => {
      const { data: login } = await api.post<Token>("/auth/producer/emailpass", {
        email: "nguyen-thi-hang@ocop.local",
        password: DEMO_ADMIN.password,
      })
      const { data } = await api.get<{ period: Period; showrooms: ShowroomConsignment[] }>("/producer/showrooms", {
        headers: { authorization: `Bearer ${login.token}` },
      })
      expect(data.showrooms.map((row) => [row.showroom.name, row.on_hand]).sort()).toEqual(
        [
          [CHO_HA_TINH.name, 20],
          [THIEN_CAM.name, 15],
        ].sort()
      )
      const { data: open } = await api.get<{ showrooms: PublicShowroom[] }>("/store/showrooms", storeHeaders)
      expect(open.showrooms.map((s) => s.handle).sort()).toEqual([CHO_HA_TINH.handle, THIEN_CAM.handle].sort())
      expect(open.showrooms[0]).not.toHaveProperty("operator")

      const { data: honey } = await api.get<HttpTypes.StoreProductListResponse>(
        "/store/products?handle=mat-ong-cuong-nga",
        storeHeaders
      )
      const { data: where } = await api.get<{ showrooms: ShowroomStocking[] }>(
        `/store/products/${honey.products[0].id}/showrooms`,
        storeHeaders
      )
      expect(where.showrooms.map((s) => [s.handle, s.packagings.length])).toEqual([[CHO_HA_TINH.handle, 1]])
    })
  },
})
