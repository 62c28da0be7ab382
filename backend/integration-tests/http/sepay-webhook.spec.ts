import { integrationTestRunner } from "./test-runner"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BANK_TRANSFER_PROVIDER_ID } from "../../src/modules/bank-transfer"
import { RECONCILIATION_MODULE } from "../../src/modules/reconciliation"
import type ReconciliationModuleService from "../../src/modules/reconciliation/service"
import { cancelUnpaidTransferOrderWorkflow } from "../../src/workflows/payment/cancel-unpaid-transfer-order"
import { answerTo, type Suite } from "./demo-store"
import { demoShop } from "./orders-at-test"

jest.setTimeout(240_000)

const KEY = "sepay-test-key-0123456789abcdefghijklmnop"
process.env.SEPAY_WEBHOOK_KEY = KEY
const HOOK = "/hooks/bank-transfer/sepay"
const sepay = { headers: { authorization: `Apikey ${KEY}` } }

/** Issue 16: SePay reports a transfer in; the order its memo names is paid when the amount is exact. */
integrationTestRunner({
  testSuite: (suite: Suite) => {
    const { api } = suite
    const { shop, placeOrder } = demoShop(suite)
    let nextId = 90_000

    const query = () => shop.container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
    const transfers = () => shop.container.resolve<ReconciliationModuleService>(RECONCILIATION_MODULE)

    async function placeTransferOrder() {
      const { data: products } = await api.get<{ products: { variants: { id: string }[] }[] }>(
        `/store/products?limit=1&region_id=${shop.regionId}&fields=id,variants.id`,
        shop.storeHeaders
      )
      const order = await placeOrder(BANK_TRANSFER_PROVIDER_ID, products.products[0].variants[0].id, 1)
      const payment = await paymentOf(order.id)
      return { id: order.id, display_id: Number(order.display_id), amount: Math.round(Number(payment.amount)) }
    }

    async function paymentOf(orderId: string) {
      const { data } = await query().graph({
        entity: "order",
        fields: [
          "payment_collections.payments.amount",
          "payment_collections.payments.captured_at",
          "payment_collections.payments.updated_at",
        ],
        filters: { id: orderId },
      })
      return data[0].payment_collections![0]!.payments![0]!
    }

    const event = (content: string, transferAmount: number, over: Record<string, unknown> = {}) => ({
      id: ++nextId,
      gateway: "Vietcombank",
      transactionDate: "2026-12-06 14:02:37",
      accountNumber: "0011000000000",
      code: null,
      content,
      transferType: "in",
      transferAmount,
      accumulated: 1_000_000_000,
      subAccount: null,
      referenceCode: `FT${nextId}`,
      description: content,
      ...over,
    })
    const recorded = async (externalId: number) =>
      transfers().listIncomingTransfers({ source: "sepay", external_id: String(externalId) })

    it("captures the order's transfer payment for the exact amount, and a replay of the event changes nothing", async () => {
      const order = await placeTransferOrder()
      const exact = event(`MBVCB.1234.ocop${order.display_id}.CT tu 0011`, order.amount)
      const { data, status } = await api.post(HOOK, exact, sepay)
      expect({ status, data }).toEqual({ status: 200, data: { success: true } })
      expect((await paymentOf(order.id)).captured_at).toBeTruthy()
      const [transfer] = await recorded(exact.id)
      expect(transfer).toMatchObject({ status: "matched", order_id: order.id, bank_reference: exact.referenceCode })
      expect(Number(transfer.amount)).toBe(order.amount)
      expect(new Date(transfer.received_at).toISOString()).toBe("2026-12-06T07:02:37.000Z")

      const paidBefore = await paymentOf(order.id)
      const replay = await api.post(HOOK, exact, sepay)
      expect(replay.data).toEqual({ success: true })
      expect(await paymentOf(order.id)).toEqual(paidBefore)
      expect(await recorded(exact.id)).toEqual([transfer])
    })

    it("refuses a missing or wrong key with 401 and records nothing", async () => {
      const order = await placeTransferOrder()
      const wrong: Record<string, string>[] = [{}, { authorization: "Apikey wrong-key" }, { authorization: KEY }]
      for (const headers of wrong) {
        const body = event(`OCOP ${order.display_id}`, order.amount)
        const answer = await answerTo(api.post(HOOK, body, { headers }))
        expect(answer.status).toBe(401)
        expect(answer.data).toMatchObject({ code: "unauthorized", message: expect.stringMatching(/khóa/i) })
        expect(await recorded(body.id)).toEqual([])
      }
      expect((await paymentOf(order.id)).captured_at).toBeNull()
    })

    it("keeps a smaller amount as partial without capturing, and a memo naming no order as unmatched", async () => {
      const order = await placeTransferOrder()
      const short = event(`OCOP ${order.display_id}`, order.amount - 1_000)
      await api.post(HOOK, short, sepay)
      expect(await recorded(short.id)).toEqual([expect.objectContaining({ status: "partial", order_id: order.id })])
      expect((await paymentOf(order.id)).captured_at).toBeNull()

      const stranger = event("chuyen tien an trua", order.amount)
      const unknown = event("OCOP 99999999", order.amount)
      for (const body of [stranger, unknown]) {
        expect((await api.post(HOOK, body, sepay)).data).toEqual({ success: true })
        expect(await recorded(body.id)).toEqual([expect.objectContaining({ status: "unmatched", order_id: null })])
      }
      expect((await paymentOf(order.id)).captured_at).toBeNull()
    })

    it("takes nothing for an order the unpaid sweep cancelled: order_closed, no capture; money going out is ignored", async () => {
      const order = await placeTransferOrder()
      await cancelUnpaidTransferOrderWorkflow(shop.container).run({
        input: { order_id: order.id, placed_before: new Date(Date.now() + 60_000).toISOString() },
      })
      const late = event(`OCOP ${order.display_id}`, order.amount)
      expect((await api.post(HOOK, late, sepay)).data).toEqual({ success: true })
      expect(await recorded(late.id)).toEqual([expect.objectContaining({ status: "order_closed", order_id: order.id })])
      expect((await paymentOf(order.id)).captured_at).toBeNull()

      const out = event(`OCOP ${order.display_id}`, order.amount, { transferType: "out" })
      expect((await api.post(HOOK, out, sepay)).data).toEqual({ success: true })
      expect(await recorded(out.id)).toEqual([])
    })

    it("refuses a malformed event with a Vietnamese reason, so SePay shows it, and records nothing", async () => {
      const answer = await answerTo(api.post(HOOK, { ...event("OCOP 1", 1_000), transferAmount: "nhiều" }, sepay))
      expect(answer.status).toBe(400)
      expect(answer.data).toMatchObject({ code: "invalid_data" })
    })
  },
})
