import type { HttpTypes } from "@medusajs/framework/types"
import { integrationTestRunner } from "./test-runner"
import {
  ERROR_CODES,
  type ProducerOrder,
  type Receipt,
  type SettlementStatement,
  type SettlementStatementDetail,
  type ShelfLine,
  lineCommission,
  monthBounds,
  previousMonth,
  vietnamMonth,
} from "@ocop/contracts"
import { BANK_TRANSFER_PROVIDER_ID } from "../../src/modules/bank-transfer"
import { DEMO_SHOWROOMS } from "../../src/scripts/seed"
import { adminHeaders, answerTo, COD_PROVIDER, demoLogin, placedOrder, readyCart, type Suite } from "./demo-store"
import { demoShop } from "./orders-at-test"

jest.setTimeout(300_000)

/** Two demo producers with listed products: A sells fish sauce, B sells cu đơ candy (also on a showroom's shelf). */
const PRODUCER_A = "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local"
const PRODUCER_B = "nguyen-thi-hang@ocop.local"
const [CHO_HA_TINH] = DEMO_SHOWROOMS

type Headers = { headers: Record<string, string> }
type Statements = { statements: SettlementStatement[] }
type Statement = { statement: SettlementStatementDetail }
type Sale = { sale: Receipt }

/** Issue 16: each producer's monthly statement adds up to the sales of the month, whoever collected the money. */
integrationTestRunner({
  testSuite: (suite: Suite) => {
    const { api } = suite
    const { shop, variantOf } = demoShop(suite)

    async function placeOrder(providerId: string, items: { variant_id: string; quantity: number }[]) {
      const cartId = await readyCart(api, shop.storeHeaders, shop.regionId, items, providerId)
      const { data } = await api.post<HttpTypes.StoreCompleteCartResponse>(
        `/store/carts/${cartId}/complete`,
        {},
        shop.storeHeaders
      )
      return placedOrder(data)
    }

    const partOf = async (auth: Headers, orderId: string) =>
      (await api.get<{ orders: ProducerOrder[] }>("/producer/orders?limit=100", auth)).data.orders.find(
        (part) => part.order_id === orderId
      )!

    async function paymentId(orderId: string) {
      const [row] = await shop
        .sql("order_payment_collection as opc")
        .join("payment", "payment.payment_collection_id", "opc.payment_collection_id")
        .where("opc.order_id", orderId)
        .select("payment.id")
      return row.id as string
    }

    it("closes an ended month into per-producer statements whose lines are the month's sales and add up, once; the producer sees and downloads only its own; the office marks it paid", async () => {
      const office = await adminHeaders(api)
      const a = await demoLogin(api, "producer", PRODUCER_A)
      const b = await demoLogin(api, "producer", PRODUCER_B)
      const producerA = (await api.get<{ producer: { id: string } }>("/producer/me", a)).data.producer.id
      const producerB = (await api.get<{ producer: { id: string } }>("/producer/me", b)).data.producer.id
      const fishSauce = await variantOf("nuoc-mam-ky-phu")
      const candy = await variantOf("keo-cu-do-ha-tinh-nguyen-hang")

      // A pays the marketplace 2,5 %; B stays at the public programme's 0 %. Rates are whole basis points.
      const refusedRate = await answerTo(api.post(`/admin/producers/${producerA}/commission`, { commission_bps: 10_001 }, office))
      expect(refusedRate.status).toBe(400)
      const { data: rated } = await api.post<{ producer: { commission_bps: number } }>(
        `/admin/producers/${producerA}/commission`,
        { commission_bps: 250 },
        office
      )
      expect(rated.producer.commission_bps).toBe(250)

      // 1. Paid by transfer, both producers' goods; the office captures it (as a matched transfer would).
      const transfer = await placeOrder(BANK_TRANSFER_PROVIDER_ID, [
        { variant_id: fishSauce.id, quantity: 3 },
        { variant_id: candy.id, quantity: 1 },
      ])
      await api.post(`/admin/payments/${await paymentId(transfer.id)}/capture`, {}, office)
      const transferA = await partOf(a, transfer.id)
      const transferB = await partOf(b, transfer.id)

      // 2. Cash on delivery, A's parcel delivered and its cash collected.
      const cod = await placeOrder(COD_PROVIDER, [{ variant_id: fishSauce.id, quantity: 1 }])
      const codA = await partOf(a, cod.id)
      await api.post(`/producer/orders/${codA.id}/ship`, { tracking_number: "GHN-QT-1", carrier: "GHN" }, a)
      await api.post(`/producer/orders/${codA.id}/deliver`, {}, a)

      // 3. Cash on delivery, B's parcel refused at the door: it sold nothing.
      const refusedOrder = await placeOrder(COD_PROVIDER, [{ variant_id: candy.id, quantity: 2 }])
      const refusedB = await partOf(b, refusedOrder.id)
      await api.post(`/producer/orders/${refusedB.id}/ship`, { tracking_number: "GHTK-QT-2", carrier: "GHTK" }, b)
      await api.post(`/producer/orders/${refusedB.id}/refuse`, { reason: "Khách không nhận" }, b)

      // 4. Two packs of B's candy sold at a showroom counter.
      const staff = await demoLogin(api, "showroom_staff", CHO_HA_TINH.staff.email)
      const { data: shelf } = await api.get<{ stock: ShelfLine[] }>("/showroom/stock", staff)
      const counterCandy = shelf.stock.find((line) => line.sku?.startsWith("KEO-CU-DO"))!
      const { data: sold } = await api.post<Sale>(
        "/showroom/sales",
        { lines: [{ variant_id: counterCandy.variant_id, quantity: 2 }], payment_method: "cash", cash_received: 1_000_000 },
        staff
      )

      // 5. A's parcel delivered this month: it belongs to this month's statement, not last month's.
      const later = await placeOrder(COD_PROVIDER, [{ variant_id: fishSauce.id, quantity: 2 }])
      const laterA = await partOf(a, later.id)
      await api.post(`/producer/orders/${laterA.id}/ship`, { tracking_number: "GHN-QT-3", carrier: "GHN" }, a)
      await api.post(`/producer/orders/${laterA.id}/deliver`, {}, a)

      // Only a month that has ended can be closed, and the test cannot wait for this one to end: the
      // sales of 1–4 are moved back into last month (their money-in dates, as if they happened then).
      const thisMonth = vietnamMonth(new Date())
      const closing = previousMonth(new Date())
      const inLastMonth = new Date(monthBounds(closing).from.getTime() + 10 * 24 * 3600 * 1000)
      await shop
        .sql("payment")
        .where({ id: await paymentId(transfer.id) })
        .update({ captured_at: inLastMonth })
      await shop.sql("producer_order").where({ id: codA.id }).update({ shipped_at: inLastMonth, delivered_at: inLastMonth })
      await shop.sql("producer_order").where({ id: refusedB.id }).update({ shipped_at: inLastMonth })
      await shop.sql("stock_movement").where({ order_id: sold.sale.order_id }).update({ created_at: inLastMonth })

      const open = await answerTo(api.post("/admin/settlements/close", { period: thisMonth }, office))
      expect(open.status).toBe(400)
      expect(open.data).toMatchObject({ code: ERROR_CODES.MONTH_NOT_ENDED, message: expect.stringMatching(/chưa kết thúc/) })
      expect((await answerTo(api.post("/admin/settlements/close", { period: "2026-13" }, office))).status).toBe(400)

      const { data: closed } = await api.post<Statements & { created: number }>(
        "/admin/settlements/close",
        { period: closing },
        office
      )
      expect(closed.created).toBe(2)
      const statementA = closed.statements.find((s) => s.producer.id === producerA)!
      const statementB = closed.statements.find((s) => s.producer.id === producerB)!

      // A: its transfer part (held by the marketplace) and its COD parcel (cash with A); 2,5 % on both.
      const { data: detailA } = await api.get<Statement>(`/admin/settlements/${statementA.id}`, office)
      expect(detailA.statement.lines.map(({ method, reference, amount }) => ({ method, reference, amount }))).toEqual(
        expect.arrayContaining([
          { method: "transfer", reference: `#${transfer.display_id}`, amount: transferA.total },
          { method: "cod", reference: `#${cod.display_id}`, amount: codA.total },
        ])
      )
      expect(detailA.statement.lines).toHaveLength(2)
      for (const line of detailA.statement.lines) expect(line.commission).toBe(lineCommission(line.amount, 250))
      const commissionA = lineCommission(transferA.total, 250) + lineCommission(codA.total, 250)
      expect(detailA.statement).toMatchObject({
        period: closing,
        commission_bps: 250,
        collected_by_marketplace: transferA.total,
        collected_by_producer: codA.total,
        commission: commissionA,
        balance: transferA.total - commissionA,
        status: "open",
      })
      expect(commissionA).toBeGreaterThan(0)

      // B: its transfer part and the counter sale, the refused parcel not at all; 0 % commission.
      const { data: detailB } = await api.get<Statement>(`/admin/settlements/${statementB.id}`, office)
      expect(detailB.statement.lines.map(({ method, amount, commission }) => ({ method, amount, commission }))).toEqual(
        expect.arrayContaining([
          { method: "transfer", amount: transferB.total, commission: 0 },
          { method: "counter", amount: sold.sale.total, commission: 0 },
        ])
      )
      expect(detailB.statement.lines).toHaveLength(2)
      expect(detailB.statement).toMatchObject({
        collected_by_marketplace: transferB.total,
        collected_by_producer: sold.sale.total,
        commission: 0,
        balance: transferB.total,
      })
      // Whatever the producer, the statement's lines add up to its totals exactly.
      for (const { statement } of [detailA, detailB]) {
        const sum = (pick: (l: (typeof statement.lines)[number]) => number) => statement.lines.reduce((s, l) => s + pick(l), 0)
        expect(statement.collected_by_marketplace + statement.collected_by_producer).toBe(sum((l) => l.amount))
        expect(statement.commission).toBe(sum((l) => l.commission))
      }

      // Closing the month again (the monthly job, a second click) adds nothing.
      const { data: again } = await api.post<Statements & { created: number }>(
        "/admin/settlements/close",
        { period: closing },
        office
      )
      expect(again.created).toBe(0)
      expect(again.statements.map((s) => s.id).sort()).toEqual([statementA.id, statementB.id].sort())
      expect((await api.get<Statement>(`/admin/settlements/${statementA.id}`, office)).data.statement.lines).toHaveLength(2)

      // Each producer sees its own statements and lines, and nothing of the other's.
      const { data: ownA } = await api.get<Statements>("/producer/settlements", a)
      expect(ownA.statements.map((s) => s.id)).toEqual([statementA.id])
      expect((await api.get<Statement>(`/producer/settlements/${statementA.id}`, a)).data.statement.lines).toHaveLength(2)
      expect((await answerTo(api.get(`/producer/settlements/${statementB.id}`, a))).status).toBe(404)
      expect((await answerTo(api.get(`/producer/settlements/${statementA.id}/csv`, b))).status).toBe(404)

      // The CSV: named by the server, UTF-8 with a BOM, whole-đồng amounts a spreadsheet can add up.
      // Raw bytes: the HTTP client would strip the BOM from a text answer.
      const csv = await api.get<Buffer>(`/producer/settlements/${statementA.id}/csv`, { ...a, responseType: "arraybuffer" })
      expect(csv.headers["content-type"]).toMatch(/^text\/csv; charset=utf-8/)
      expect(csv.headers["content-disposition"]).toBe(`attachment; filename="quyet-toan-ocop_${closing}_${statementA.id}.csv"`)
      expect([...csv.data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const text = csv.data.toString("utf8").slice(1)
      expect(text.startsWith("Bảng quyết toán,")).toBe(true)
      const rows = text.split("\r\n")
      expect(rows).toContainEqual(
        expect.stringMatching(
          new RegExp(`,#${transfer.display_id},Chuyển khoản,${transferA.total},${lineCommission(transferA.total, 250)}$`)
        )
      )
      expect(rows).toContainEqual(
        expect.stringMatching(new RegExp(`,#${cod.display_id},Thu hộ khi giao \\(COD\\),${codA.total},`))
      )
      expect(rows).toContain(`Tổng hoa hồng,,,${commissionA}`)
      expect(text).not.toContain(`#${later.display_id}`)

      // The office pays A: a reference is required; once paid, the statement cannot be paid or changed again.
      const noReference = await answerTo(api.post(`/admin/settlements/${statementA.id}/mark-paid`, {}, office))
      expect(noReference.status).toBe(400)
      expect(noReference.data.message).toMatch(/mã giao dịch/)
      const { data: paid } = await api.post<Statement>(
        `/admin/settlements/${statementA.id}/mark-paid`,
        { payout_reference: "FT26335123456" },
        office
      )
      expect(paid.statement).toMatchObject({ status: "paid", payout_reference: "FT26335123456", paid_at: expect.any(String) })
      const twice = await answerTo(api.post(`/admin/settlements/${statementA.id}/mark-paid`, { payout_reference: "FT2" }, office))
      expect(twice.status).toBe(400)
      expect(twice.data.code).toBe(ERROR_CODES.STATEMENT_PAID)
      expect((await api.get<Statement>(`/producer/settlements/${statementA.id}`, a)).data.statement).toMatchObject({
        status: "paid",
        payout_reference: "FT26335123456",
      })
      const { data: openOnes } = await api.get<Statements>(`/admin/settlements?period=${closing}&status=open`, office)
      expect(openOnes.statements.map((s) => s.id)).toEqual([statementB.id])
    })
  },
})
