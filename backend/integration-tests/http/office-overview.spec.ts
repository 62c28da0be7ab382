import { integrationTestRunner } from "./test-runner"
import type { HttpTypes } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  type BatchReach,
  DAY_MS,
  CERTIFICATE_MILESTONES,
  isCertificateValid,
  type OfficeOverview,
  type ProducerOrder,
  type ProducerStamp,
  type ProductionBatch,
  type Receipt,
  type ShelfLine,
  type StampAtCounter,
} from "@ocop/contracts"
import { INSPECTION_MODULE } from "../../src/modules/inspection"
import type InspectionModuleService from "../../src/modules/inspection/service"
import { OCOP_MODULE } from "../../src/modules/ocop"
import type OcopModuleService from "../../src/modules/ocop/service"
import { SHOWROOM_MODULE } from "../../src/modules/showroom"
import type ShowroomModuleService from "../../src/modules/showroom/service"
import { DEMO_SHOWROOMS } from "../../src/scripts/seed"
import {
  adminHeaders,
  answerTo,
  demoLogin,
  demoRegionId,
  placedOrder,
  readyCart,
  refused,
  type Suite,
  seedDemoStore,
} from "./demo-store"

jest.setTimeout(300_000)

const [CHO_HA_TINH] = DEMO_SHOWROOMS
const FISH_SAUCE_PRODUCER = "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local"
const CANDY_PRODUCER = "nguyen-thi-hang@ocop.local"

type Shelf = { stock: ShelfLine[]; stamp?: StampAtCounter }
type Batch = { batch: ProductionBatch }
type Reach = { batches: BatchReach[] }

/** Batches at fulfilment ("one step back, one step forward") and the office's overview (issue 19, items 6–7). */
integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    let storeHeaders: { headers: Record<string, string> }

    beforeAll(async () => {
      storeHeaders = await seedDemoStore(getContainer())
    })

    const login = (actor: "producer" | "showroom_staff", email: string) => demoLogin(api, actor, email)

    /** A producer's new batch of a packaging, activated, and its first stamp. */
    async function activatedBatch(
      producer: { headers: Record<string, string> },
      variant_id: string,
      lot_number: string,
      quantity: number
    ) {
      const { data } = await api.post<Batch>(
        "/producer/batches",
        { variant_id, lot_number, produced_on: "2026-11-21", quantity },
        producer
      )
      await api.post(`/producer/batches/${data.batch.id}/activate`, {}, producer)
      const [stamp] = (await api.get<{ stamps: ProducerStamp[] }>(`/producer/batches/${data.batch.id}/stamps`, producer)).data
        .stamps
      return { batch: data.batch, stamp }
    }

    it("the counter names each sold unit's batch, refuses another packaging's or an unknown one with nothing written, and the office sees where a batch went", async () => {
      const fishSauce = await login("producer", FISH_SAUCE_PRODUCER)
      const candy = await login("producer", CANDY_PRODUCER)
      const staff = await login("showroom_staff", CHO_HA_TINH.staff.email)
      const admin = await adminHeaders(api)
      const shelf = async () => (await api.get<Shelf>("/showroom/stock", staff)).data.stock
      const fishLine = (await shelf()).find((line) => line.sku?.startsWith("NUOC-MAM-KY-PHU"))!
      const candyLine = (await shelf()).find((line) => line.sku?.startsWith("KEO-CU-DO"))!

      const { stamp, ...made } = await activatedBatch(fishSauce, fishLine.variant_id, "NM-2026-21", 4)
      const { data: candyBatch } = await api.post<Batch>(
        "/producer/batches",
        { variant_id: candyLine.variant_id, lot_number: "KCD-2026-21", produced_on: "2026-11-21", quantity: 4 },
        candy
      )

      // The consignment names the lot: the shelf then offers that batch to a sale of the packaging.
      await api.post("/showroom/receipts", { lines: [{ sku: fishLine.sku, quantity: 6, batch_code: "NM-2026-21" }] }, staff)
      const received = (await shelf()).find((line) => line.variant_id === fishLine.variant_id)!
      expect(received.received_batches).toContainEqual({ id: made.batch.id, lot_number: "NM-2026-21" })
      // Scanning the stamp tells the counter its batch.
      const scanned = (await api.get<Shelf>(`/showroom/stock?q=${encodeURIComponent(stamp.code)}`, staff)).data.stamp!
      expect(scanned).toMatchObject({ batch_id: made.batch.id, lot_number: "NM-2026-21" })

      const orders = getContainer().resolve(Modules.ORDER)
      const ordersBefore = (await orders.listOrders({}, { select: ["id"] })).length
      const sell = (batch_id: string) =>
        api.post<{ sale: Receipt }>(
          "/showroom/sales",
          { lines: [{ variant_id: fishLine.variant_id, quantity: 2, batch_id }], payment_method: "cash" },
          staff
        )
      const otherPackaging = await answerTo(sell(candyBatch.batch.id))
      expect(otherPackaging.status).toBe(400)
      expect(otherPackaging.data).toMatchObject({
        code: "batch_other_packaging",
        message: expect.stringMatching(/quy cách khác/),
      })
      const unknown = await answerTo(sell("batch_01JZZZZZZZZZZZZZZZZZZZZZZZ"))
      expect(unknown.status).toBe(404)
      expect(unknown.data).toMatchObject({ code: "not_found", message: expect.stringMatching(/Không tìm thấy lô/) })
      expect((await orders.listOrders({}, { select: ["id"] })).length).toBe(ordersBefore)
      expect((await shelf()).find((line) => line.variant_id === fishLine.variant_id)!.stock).toBe(received.stock)

      const { data: sold } = await sell(scanned.batch_id)
      const [movement] = await getContainer()
        .resolve<ShowroomModuleService>(SHOWROOM_MODULE)
        .listStockMovements({ order_id: sold.sale.order_id })
      expect(movement).toMatchObject({ kind: "sale", quantity: -2, batch_code: "NM-2026-21" })

      // An online order shipped from the batch.
      const regionId = await demoRegionId(getContainer())
      const cartId = await readyCart(api, storeHeaders, regionId, [{ variant_id: fishLine.variant_id, quantity: 3 }])
      const order = placedOrder(
        (await api.post<HttpTypes.StoreCompleteCartResponse>(`/store/carts/${cartId}/complete`, {}, storeHeaders)).data
      )
      const part = (await api.get<{ orders: ProducerOrder[] }>("/producer/orders", fishSauce)).data.orders.find(
        (o) => o.order_id === order.id
      )!
      const line = { line_item_id: order.items![0].id, batch_id: made.batch.id }
      // Another producer can neither name the batch on its parts nor see the part that shipped it.
      await refused(api.post(`/producer/orders/${part.id}/ship`, { tracking_number: "X", batches: [line] }, candy), 404)
      await api.post(`/producer/orders/${part.id}/ship`, { tracking_number: "GHN-21", batches: [line] }, fishSauce)
      await refused(api.get(`/producer/orders/${part.id}`, candy), 404)
      expect((await api.get<{ orders: ProducerOrder[] }>("/producer/orders", candy)).data.orders.map((o) => o.id)).not.toContain(
        part.id
      )
      const { data: parcels } = await api.get<{ shipments: { items: { batch: { id: string } | null }[] }[] }>(
        `/store/orders/${order.id}/shipments`,
        storeHeaders
      )
      expect(parcels.shipments[0].items[0].batch?.id).toBe(made.batch.id)

      // One step forward: by lot number (any case), by a stamp's QR link, by id — the same reach.
      const expected = {
        batch: { id: made.batch.id, lot_number: "NM-2026-21", produced_on: "2026-11-21", expires_on: null, quantity: 4 },
        product: { id: fishLine.product_id, title: fishLine.title, variant_title: fishLine.variant_title, sku: fishLine.sku },
        producer: { id: expect.any(String), name: expect.stringMatching(/Kỳ Phú/) },
        orders: [
          { order_id: order.id, display_id: order.display_id, created_at: expect.any(String), province: "Hà Tĩnh", quantity: 3 },
        ],
        showrooms: [{ id: expect.any(String), name: CHO_HA_TINH.name, province: "Hà Tĩnh", received: 6, sold: 2 }],
      }
      const byLot = (await api.get<Reach>("/admin/ocop/batches?q=nm-2026-21", admin)).data.batches
      expect(byLot).toEqual([expected])
      // Nothing of the shopper beyond the province of delivery.
      expect(Object.keys(byLot[0].orders[0]).sort()).toEqual(["created_at", "display_id", "order_id", "province", "quantity"])
      const qr = encodeURIComponent(`http://localhost:8000/trace/${stamp.code}`)
      expect((await api.get<Reach>(`/admin/ocop/batches?q=${qr}`, admin)).data.batches).toEqual([expected])
      expect((await api.get<Reach>(`/admin/ocop/batches?batch_id=${made.batch.id}`, admin)).data.batches).toEqual([expected])
      // From the producer's page: its newest batches, the other producer's not among them.
      const ofProducer = (id: string) => api.get<Reach>(`/admin/ocop/batches?producer_id=${id}`, admin)
      const listed = (await ofProducer(byLot[0].producer.id!)).data.batches
      expect(listed.find((reach) => reach.batch.id === made.batch.id)).toEqual(expected)
      expect(listed.map((reach) => reach.batch.id)).not.toContain(candyBatch.batch.id)
      expect((await api.get<Reach>("/admin/ocop/batches?q=KHONG-CO-LO", admin)).data.batches).toEqual([])
      expect(await refused(api.get("/admin/ocop/batches", admin), 400)).toMatch(/số lô hoặc mã tem/)
      // The office's view is the office's: not a producer's nor a counter's.
      await refused(api.get("/admin/ocop/batches?q=NM-2026-21", fishSauce), 401)
      await refused(api.get("/admin/ocop/batches?q=NM-2026-21", staff), 401)
    })

    it("counts valid certificates by star, sector and commune as the validity rule does, lists what expires, lacks a TCCS, is open or was flagged by scan watch, and downloads each list", async () => {
      const container = getContainer()
      const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
      const now = Date.now()
      const inDays = (days: number) => new Date(now + days * DAY_MS)
      const certificate = (n: number, fields: Record<string, unknown>) => ({
        decision_number: `99${n}/QĐ-TEST`,
        decision_date: inDays(-1000),
        issuer: "UBND tỉnh Hà Tĩnh",
        product_name: `Sản phẩm thử ${n}`,
        owner_name: "HTX Thử Nghiệm",
        owner_province: "Hà Tĩnh",
        owner_commune: "Xã Thử Nghiệm",
        stars: 3,
        product_set: 1,
        program_year: 2023,
        legal_basis: "148/2023",
        issued_at: inDays(-1000),
        ...fields,
      })
      await ocop.createCertificates([
        certificate(1, { stars: 5, product_set: 14, expires_at: inDays(20) }),
        certificate(2, { stars: 4, product_set: 26, expires_at: inDays(100) }),
        certificate(3, { stars: 3, product_set: 23, expires_at: inDays(150), renewal_filed_at: inDays(-10) }),
        // In the renewal's grace: valid, but no longer "expiring".
        certificate(4, { stars: 3, product_set: 23, expires_at: inDays(-10), renewal_filed_at: inDays(-160) }),
        // Not valid: revoked; past expiry without a renewal (the hourly job has not marked it yet); renewal filed too late.
        certificate(5, { stars: 5, expires_at: inDays(50), status: "revoked" }),
        certificate(6, { stars: 4, expires_at: inDays(-1) }),
        certificate(7, { stars: 4, expires_at: inDays(-1), renewal_filed_at: inDays(-30) }),
      ])
      const admin = await adminHeaders(api)
      const [demoProducer] = (await api.get<{ producers: { id: string; name: string }[] }>("/admin/producers", admin)).data
        .producers
      const violation = (
        await container.resolve<InspectionModuleService>(INSPECTION_MODULE).createViolations([
          {
            producer_id: demoProducer.id,
            inspection_id: "insp_test",
            inspection_item_id: "inspitem_test",
            ground: "mark_misuse",
            found_on: inDays(-3),
            correct_by: inDays(27),
          },
        ])
      )[0]

      // A stamp scanned after its producer voided it: a likely copied label the overview lists.
      const fishSauce = await login("producer", FISH_SAUCE_PRODUCER)
      const staff = await login("showroom_staff", CHO_HA_TINH.staff.email)
      const fishLine = (await api.get<Shelf>("/showroom/stock", staff)).data.stock.find((line) =>
        line.sku?.startsWith("NUOC-MAM-KY-PHU")
      )!
      const { stamp, ...made } = await activatedBatch(fishSauce, fishLine.variant_id, "NM-2026-22", 2)
      await api.post(`/producer/stamps/${stamp.code}/void`, { reason: "Tem bị mất" }, fishSauce)
      await api.get(`/store/trace/${stamp.code}`, storeHeaders)

      const { data } = await api.get<{ overview: OfficeOverview }>("/admin/ocop/overview", admin)
      const { overview } = data

      // The same figures the contracts' rule gives, certificate by certificate.
      const valid = (await ocop.listCertificates({})).filter((c) => isCertificateValid(c, new Date()))
      const count = (keep: (c: (typeof valid)[number]) => boolean) => valid.filter(keep).length
      expect(overview.valid_total).toBe(valid.length)
      expect(overview.by_stars).toEqual([3, 4, 5].map((stars) => ({ stars, count: count((c) => c.stars === stars) })))
      expect(overview.by_sector.map((sector) => sector.code)).toEqual(["I", "II", "III", "IV", "V", "VI"])
      expect(overview.by_sector.reduce((sum, sector) => sum + sector.count, 0)).toBe(valid.length)
      expect(overview.by_sector.find((s) => s.code === "V")!.product_sets).toContainEqual({
        product_set: 23,
        count: count((c) => c.product_set === 23),
      })
      expect(overview.by_sector.find((s) => s.code === "VI")!.count).toBe(count((c) => c.product_set === 26))
      expect(overview.by_commune).toContainEqual({ province: "Hà Tĩnh", commune: "Xã Thử Nghiệm", count: 4 })
      const expiringWithin = (days: number) => count((c) => +c.expires_at > now && +c.expires_at <= now + days * DAY_MS)
      expect(overview.expiring.counts).toEqual(
        CERTIFICATE_MILESTONES.map((days) => ({ within_days: days, count: expiringWithin(days) }))
      )
      const ours = overview.expiring.certificates.filter((c) => c.decision_number.endsWith("/QĐ-TEST"))
      expect(ours.map((c) => [c.decision_number, c.days_left, !!c.renewal_filed_at])).toEqual([
        ["991/QĐ-TEST", 20, false],
        ["992/QĐ-TEST", 100, false],
        ["993/QĐ-TEST", 150, true],
      ])
      expect(overview.open_violations.violations).toContainEqual(
        expect.objectContaining({ id: violation.id, producer_name: demoProducer.name, status: "open" })
      )
      expect(overview.missing_standards.count).toBe(overview.missing_standards.products.length)
      const flag = overview.flagged_stamps.flags.find((f) => f.stamp.code === stamp.code)!
      expect(flag).toMatchObject({
        reason: "voided",
        stamp: { status: "voided", scans: 1 },
        batch: { id: made.batch.id, lot_number: "NM-2026-22" },
        producer: { name: expect.stringMatching(/Kỳ Phú/) },
      })
      // The producer's address is for its notice, not the office's list.
      expect(flag).not.toHaveProperty("producer_email")
      expect(overview.flagged_stamps.count).toBe(overview.flagged_stamps.flags.length)

      // Each list as a spreadsheet file: BOM, Vietnamese headers, the server's file name.
      // The bytes as sent (axios would drop the BOM of a text answer).
      const download = async (list: string) => {
        const answer = await api.get<Buffer>(`/admin/ocop/overview/csv?list=${list}`, { ...admin, responseType: "arraybuffer" })
        return { headers: answer.headers, text: Buffer.from(answer.data).toString("utf8") }
      }
      const csv = await download("expiring")
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      expect(csv.headers["content-disposition"]).toMatch(/attachment; filename="ocop-gcn-sap-het-han_\d{4}-\d{2}-\d{2}\.csv"/)
      expect(csv.text.startsWith("\uFEFF")).toBe(true)
      const rows = csv.text.slice(1).trimEnd().split("\r\n")
      expect(rows[0]).toBe(
        "Số quyết định,Sản phẩm,Chủ thể,Hạng sao,Tỉnh/thành phố,Xã/phường,Ngày hết hạn,Còn (ngày),Đã nộp hồ sơ đánh giá lại"
      )
      expect(rows.length - 1).toBe(expiringWithin(180))
      expect(rows.find((row) => row.startsWith("993/QĐ-TEST"))).toMatch(
        /,Sản phẩm thử 3,HTX Thử Nghiệm,3,Hà Tĩnh,Xã Thử Nghiệm,\d\d\/\d\d\/\d{4},150,Có$/
      )
      const communes = (await download("by_commune")).text
      expect(communes).toContain("\uFEFFTỉnh/thành phố,Xã/phường,Số GCN còn hiệu lực\r\n")
      expect(communes).toContain("\r\nHà Tĩnh,Xã Thử Nghiệm,4\r\n")
      const violations = (await download("open_violations")).text
      expect(violations).toMatch(/^\uFEFFNgày phát hiện,Chủ thể,Căn cứ vi phạm,Giấy chứng nhận,Hạn khắc phục\r\n/)
      expect(violations).toContain(demoProducer.name)
      expect((await download("missing_standard")).text.split("\r\n")[0]).toBe("\uFEFFSản phẩm,Chủ thể,Hạng sao")
      const flagged = (await download("flagged_stamps")).text.split("\r\n")
      expect(flagged[0]).toBe("\uFEFFMã tem,Chủ thể,Số lô,Sản phẩm,Lý do,Tỉnh/thành phố đã quét,Lượt quét,Cảnh báo từ")
      expect(flagged.find((row) => row.startsWith(stamp.code))).toMatch(/,NM-2026-22,.*,Quét sau khi tem đã bị hủy,,1,/)

      expect(await refused(api.get("/admin/ocop/overview/csv?list=all", admin), 400)).toMatch(/Chọn danh sách/)
      await refused(api.get("/admin/ocop/overview", await login("producer", FISH_SAUCE_PRODUCER)), 401)
    })
  },
})
