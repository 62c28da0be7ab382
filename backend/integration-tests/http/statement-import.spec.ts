import { integrationTestRunner } from "./test-runner"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { BankTransferInstructions, IncomingTransferRow, StatementImportResult } from "@ocop/contracts"
import type { ImportStatementBody } from "@ocop/contracts/schemas"
import { BANK_TRANSFER_PROVIDER_ID } from "../../src/modules/bank-transfer"
import { adminHeaders, answerTo, type Suite } from "./demo-store"
import { demoShop } from "./orders-at-test"

jest.setTimeout(240_000)

const STATEMENTS = "/admin/reconciliation/statements"
const TRANSFERS = "/admin/reconciliation/transfers"

type Transfer = IncomingTransferRow & { captured?: boolean }

/** Issue 16: the office imports a bank statement and decides about what it did not match. */
integrationTestRunner({
  testSuite: (suite: Suite) => {
    const { api } = suite
    const { shop, placeOrder } = demoShop(suite)
    let office: { headers: Record<string, string> }
    let nextReference = 1_000
    beforeAll(async () => {
      office = await adminHeaders(api)
    })

    const query = () => shop.container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)

    async function placeTransferOrder() {
      const { data: products } = await api.get<{ products: { variants: { id: string }[] }[] }>(
        `/store/products?limit=1&region_id=${shop.regionId}&fields=id,variants.id`,
        shop.storeHeaders
      )
      const order = await placeOrder(BANK_TRANSFER_PROVIDER_ID, products.products[0].variants[0].id, 1)
      const { data } = await api.get<{ bank_transfer: BankTransferInstructions }>(
        `/store/orders/${order.id}/bank-transfer`,
        shop.storeHeaders
      )
      return {
        id: order.id,
        display_id: Number(order.display_id),
        amount: data.bank_transfer.amount,
        memo: data.bank_transfer.memo,
      }
    }

    /** What the transfer payment holds: when it was captured and for how much. */
    async function paymentOf(orderId: string) {
      const { data } = await query().graph({
        entity: "order",
        fields: ["payment_collections.payments.captured_at", "payment_collections.payments.captures.amount"],
        filters: { id: orderId },
      })
      const payment = data[0].payment_collections![0]!.payments![0]!
      return {
        captured_at: payment.captured_at,
        captured: (payment.captures ?? []).reduce((sum, c) => sum + Number(c?.amount ?? 0), 0),
      }
    }

    const paidOnOrderPage = async (orderId: string) =>
      (await api.get<{ bank_transfer: BankTransferInstructions }>(`/store/orders/${orderId}/bank-transfer`, shop.storeHeaders))
        .data.bank_transfer.paid

    /** A statement line as a bank exports it: dd/MM/yyyy, comma-grouped đồng, its memo in the bank's own text. */
    const line = (row: number, memo: string, amount: number | string) => ({
      row,
      date: "07/12/2026",
      amount: typeof amount === "number" ? amount.toLocaleString("en-US") : amount,
      memo: `MBVCB.${row}.${memo}.CT tu 0011000 NGUYEN VAN AN`,
      reference: `5009.${++nextReference}`,
    })
    const importStatement = (lines: ImportStatementBody["lines"]) =>
      api.post<{ statement: StatementImportResult }>(STATEMENTS, { file_name: "SaoKe_122026.csv", lines }, office)
    const review = async (status = "review") =>
      (await api.get<{ transfers: Transfer[] }>(`${TRANSFERS}?status=${status}&limit=100`, office)).data.transfers
    const attach = (transfer: Transfer, displayId: number) =>
      api.post<{ transfer: Transfer }>(`${TRANSFERS}/${transfer.id}/attach`, { display_id: displayId }, office)
    const byMemo = (transfers: Transfer[], memo: string) => transfers.filter((t) => t.memo.includes(`.${memo}.`))

    it("captures the order a line names with its exact amount, lists partial and unmatched lines, and records nothing twice on a second import", async () => {
      const paid = await placeTransferOrder()
      const short = await placeTransferOrder()
      const lines = [
        line(5, paid.memo, paid.amount),
        line(6, short.memo, short.amount - 10_000),
        line(7, "CHUYEN TIEN AN TRUA", 85_000),
        // A debit row: money going out is no transfer to match.
        { ...line(8, "PHI DICH VU", ""), amount: "" },
      ]
      const { data } = await importStatement(lines)
      expect(data.statement).toEqual({
        credits: 3,
        already_recorded: 0,
        recorded: { matched: 1, partial: 1, unmatched: 1, order_closed: 0 },
      })
      expect((await paymentOf(paid.id)).captured).toBe(paid.amount)
      expect(await paidOnOrderPage(paid.id)).toBe(true)
      expect((await paymentOf(short.id)).captured_at).toBeNull()
      expect(await paidOnOrderPage(short.id)).toBe(false)

      const listed = await review()
      expect(byMemo(listed, short.memo)).toEqual([
        expect.objectContaining({
          status: "partial",
          source: "statement",
          amount: short.amount - 10_000,
          received_at: "2026-12-06T17:00:00.000Z",
          order: { id: short.id, display_id: short.display_id, status: "pending" },
        }),
      ])
      expect(byMemo(listed, "CHUYEN TIEN AN TRUA")).toEqual([expect.objectContaining({ status: "unmatched", order: null })])
      expect(byMemo(listed, paid.memo)).toEqual([])
      expect(byMemo(await review("matched"), paid.memo)).toHaveLength(1)

      const again = await importStatement(lines)
      expect(again.data.statement).toEqual({
        credits: 3,
        already_recorded: 3,
        recorded: { matched: 0, partial: 0, unmatched: 0, order_closed: 0 },
      })
      expect(await review()).toEqual(listed)
      expect((await paymentOf(paid.id)).captured).toBe(paid.amount)
    })

    it("captures an order once the office has attached two partial transfers that add up to it, and refuses a third", async () => {
      const order = await placeTransferOrder()
      const first = Math.floor(order.amount / 2)
      await importStatement([line(2, order.memo, first), line(3, order.memo, order.amount - first)])
      const [a, b] = byMemo(await review("partial"), order.memo)

      const attachedA = await attach(a, order.display_id)
      expect(attachedA.data.transfer).toMatchObject({ status: "attached", captured: false })
      expect((await paymentOf(order.id)).captured_at).toBeNull()

      const attachedB = await attach(b, order.display_id)
      expect(attachedB.data.transfer).toMatchObject({ status: "attached", captured: true, owed_back: null })
      expect((await paymentOf(order.id)).captured).toBe(order.amount)
      expect(await paidOnOrderPage(order.id)).toBe(true)

      await importStatement([line(4, order.memo, 5_000)])
      const [late] = byMemo(await review("order_closed"), order.memo)
      const refused = await answerTo(attach(late, order.display_id))
      expect(refused.status).toBe(400)
      expect(refused.data).toMatchObject({ code: "order_paid", message: expect.stringContaining("đã được thanh toán") })
      const twice = await answerTo(attach(a, order.display_id))
      expect(twice.data).toMatchObject({ code: "transfer_decided" })
    })

    it("captures an overpayment for the order's amount and lists the surplus as owed back until it is returned", async () => {
      const order = await placeTransferOrder()
      await importStatement([line(2, order.memo, order.amount + 20_000)])
      const [over] = byMemo(await review("unmatched"), order.memo)
      expect(over.order?.id).toBe(order.id)

      const { data } = await attach(over, order.display_id)
      expect(data.transfer).toMatchObject({ status: "overpaid", owed_back: 20_000, captured: true })
      expect((await paymentOf(order.id)).captured).toBe(order.amount)
      expect(byMemo(await review(), order.memo)).toEqual([
        expect.objectContaining({ status: "overpaid", owed_back: 20_000, note: expect.stringContaining("20.000") }),
      ])

      const returned = await api.post<{ transfer: Transfer }>(
        `${TRANSFERS}/${over.id}/dismiss`,
        { outcome: "returned", note: "Đã chuyển trả 20.000 đ, UNC 0712" },
        office
      )
      expect(returned.data.transfer).toMatchObject({ status: "returned", note: "Đã chuyển trả 20.000 đ, UNC 0712" })
      expect(byMemo(await review(), order.memo)).toEqual([])
    })

    it("lists a transfer for a cancelled order as order_closed, captures nothing and will not attach it there", async () => {
      const order = await placeTransferOrder()
      await api.post(`/store/orders/${order.id}/cancel`, {}, shop.storeHeaders)
      await importStatement([line(2, order.memo, order.amount)])
      const [closed] = byMemo(await review(), order.memo)
      expect(closed).toMatchObject({ status: "order_closed", order: { id: order.id, status: "canceled" } })
      expect((await paymentOf(order.id)).captured_at).toBeNull()

      const refused = await answerTo(attach(closed, order.display_id))
      expect(refused.status).toBe(400)
      expect(refused.data).toMatchObject({ code: "order_already_canceled", message: expect.stringContaining("đã huỷ") })
      const ignored = await answerTo(api.post(`${TRANSFERS}/${closed.id}/dismiss`, { outcome: "ignored", note: "" }, office))
      expect(ignored.data).toMatchObject({ code: "invalid_data", message: expect.stringContaining("Ghi lại vì sao") })
    })

    it("lists a partial transfer attached to an order again when the order is cancelled before it was paid", async () => {
      const order = await placeTransferOrder()
      await importStatement([line(2, order.memo, order.amount - 30_000)])
      const [partial] = byMemo(await review("partial"), order.memo)
      await attach(partial, order.display_id)
      expect(byMemo(await review(), order.memo)).toEqual([])

      await api.post(`/store/orders/${order.id}/cancel`, {}, shop.storeHeaders)
      expect(byMemo(await review(), order.memo)).toEqual([
        expect.objectContaining({
          id: partial.id,
          status: "order_closed",
          note: expect.stringContaining("trả lại người chuyển"),
        }),
      ])
    })

    it("refuses a statement with an unreadable amount or date, naming each line in Vietnamese, and records none of it", async () => {
      const order = await placeTransferOrder()
      const answer = await answerTo(
        importStatement([
          line(2, order.memo, order.amount),
          line(3, order.memo, "1.5tr"),
          { ...line(4, order.memo, order.amount), date: "31/02/2026" },
        ])
      )
      expect(answer.status).toBe(400)
      expect(answer.data.code).toBe("statement_line_invalid")
      expect(answer.data.message).toMatch(/Dòng 3: số tiền «1\.5tr» không đọc được/)
      expect(answer.data.message).toMatch(/Dòng 4: ngày «31\/02\/2026» không có thật/)
      expect(answer.data.message).not.toMatch(/Dòng 2/)
      expect(byMemo(await review("matched"), order.memo)).toEqual([])
      expect((await paymentOf(order.id)).captured_at).toBeNull()
    })

    it("is the office's: a shopper's or nobody's request is refused", async () => {
      expect((await answerTo(api.get(TRANSFERS, shop.storeHeaders))).status).toBe(401)
      expect((await answerTo(api.post(STATEMENTS, { file_name: "a.csv", lines: [] }))).status).toBe(401)
    })
  },
})
