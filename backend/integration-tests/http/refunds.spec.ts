import type { HttpTypes, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { integrationTestRunner } from "./test-runner"
import {
  ERROR_CODES,
  type OrderPartMoney,
  type OrderPartsMoneyResponse,
  type ShopperRefundResponse,
  type ShopperRefundsResponse,
} from "@ocop/contracts"
import { BANK_TRANSFER_PROVIDER_ID } from "../../src/modules/bank-transfer"
import { adminHeaders, answerTo, COD_PROVIDER, demoLogin, placedOrder, readyCart, type Suite } from "./demo-store"
import { demoShop } from "./orders-at-test"

jest.setTimeout(300_000)

/** Two demo producers with listed products: A sells fish sauce, B sells cu đơ candy. */
const PRODUCER_A = { email: "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local", product: "nuoc-mam-ky-phu" }
const PRODUCER_B = { email: "nguyen-thi-hang@ocop.local", product: "keo-cu-do-ha-tinh-nguyen-hang" }

/** Issue 16: what a shopper paid is given back per producer part, through the method they paid with. */
integrationTestRunner({
  testSuite: (suite: Suite) => {
    const { api } = suite
    const { shop, variantOf, partsOf, orderState } = demoShop(suite)
    const query = () => shop.container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
    let office: { headers: Record<string, string> }
    beforeAll(async () => {
      office = await adminHeaders(api)
    })

    /** An order of one fish sauce (producer A) and two candies (producer B), paid with the provider. */
    async function twoProducerOrder(providerId: string) {
      const [fishSauce, candy] = [await variantOf(PRODUCER_A.product), await variantOf(PRODUCER_B.product)]
      const cartId = await readyCart(
        api,
        shop.storeHeaders,
        shop.regionId,
        [
          { variant_id: fishSauce.id, quantity: 1 },
          { variant_id: candy.id, quantity: 2 },
        ],
        providerId
      )
      const { data } = await api.post<HttpTypes.StoreCompleteCartResponse>(
        `/store/carts/${cartId}/complete`,
        {},
        shop.storeHeaders
      )
      return placedOrder(data)
    }

    async function payment(orderId: string) {
      const { data } = await query().graph({
        entity: "order",
        fields: ["payment_collections.payments.id", "payment_collections.payments.refunds.amount"],
        filters: { id: orderId },
      })
      const found = data[0].payment_collections![0]!.payments![0]!
      return { id: found.id, refunds: (found.refunds ?? []).map((refund) => Number(refund?.amount)) }
    }

    /** The transfer arrived: the order's payment captured as reconciliation does it. */
    async function transferArrived(orderId: string) {
      await capturePaymentWorkflow(shop.container).run({ input: { payment_id: (await payment(orderId)).id } })
    }

    async function moneyOf(orderId: string) {
      const { data } = await api.get<OrderPartsMoneyResponse>(`/admin/orders/${orderId}/producer-parts`, office)
      return data.parts
    }
    const partOf = (parts: OrderPartMoney[], name: RegExp) => parts.find((part) => name.test(part.producer_name ?? ""))!

    it("refunds a paid transfer order's cancelled part, exactly that part, for the office to pay out once", async () => {
      const order = await twoProducerOrder(BANK_TRANSFER_PROVIDER_ID)
      await transferArrived(order.id)
      const before = await moneyOf(order.id)
      expect(before.map((part) => part.amount).reduce((a, b) => a + b, 0)).toBe(Number(order.total))
      for (const part of before)
        expect(part).toMatchObject({ paid: part.amount, refunded: 0, refundable: part.amount, refunds: [] })

      const b = await demoLogin(api, "producer", PRODUCER_B.email)
      const partB = before.find((part) => !/Kỳ Phú/i.test(part.producer_name ?? ""))!
      await api.post(`/producer/orders/${partB.id}/cancel`, { reason: "Hết hàng kẹo cu đơ" }, b)

      const after = await moneyOf(order.id)
      const canceledB = after.find((part) => part.id === partB.id)!
      expect(canceledB).toMatchObject({ status: "canceled", paid: partB.amount, refunded: partB.amount, refundable: 0 })
      expect(canceledB.refunds).toEqual([
        expect.objectContaining({
          amount: partB.amount,
          method: "bank_transfer",
          status: "to_pay_out",
          reason: "Hết hàng kẹo cu đơ",
          payout_reference: null,
        }),
      ])
      const partA = after.find((part) => part.id !== partB.id)!
      expect(partA).toMatchObject({ refunded: 0, refundable: partA.amount, refunds: [] })
      // Medusa's own ledger holds the same amount, once, on the order's payment; the order goes on.
      expect((await payment(order.id)).refunds).toEqual([partB.amount])
      expect((await orderState(order.id)).status).not.toBe("canceled")

      // The office's list of transfers to make, then the transfer's reference recorded, once.
      const { data: toPay } = await api.get<ShopperRefundsResponse>("/admin/shopper-refunds?status=to_pay_out", office)
      const refund = toPay.refunds.find((r) => r.producer_order_id === partB.id)!
      expect(refund).toMatchObject({ display_id: order.display_id, amount: partB.amount })
      const noReference = await answerTo(api.post(`/admin/shopper-refunds/${refund.id}/paid-out`, {}, office))
      expect(noReference.status).toBe(400)
      expect(noReference.data.message).toMatch(/mã giao dịch/)
      const { data: paid } = await api.post<ShopperRefundResponse>(
        `/admin/shopper-refunds/${refund.id}/paid-out`,
        { reference: "FT26341123456" },
        office
      )
      expect(paid.refund).toMatchObject({
        status: "paid_out",
        payout_reference: "FT26341123456",
        paid_out_at: expect.any(String),
      })
      const again = await answerTo(api.post(`/admin/shopper-refunds/${refund.id}/paid-out`, { reference: "FT-OTHER" }, office))
      expect(again.status).toBe(400)
      expect(again.data.code).toBe(ERROR_CODES.REFUND_ALREADY_PAID_OUT)
      const { data: listed } = await api.get<ShopperRefundsResponse>("/admin/shopper-refunds?status=paid_out", office)
      expect(listed.refunds.find((r) => r.id === refund.id)?.payout_reference).toBe("FT26341123456")
    })

    it("refunds part of a paid part on the office's word, never more than is left of what was paid", async () => {
      const order = await twoProducerOrder(BANK_TRANSFER_PROVIDER_ID)
      const unpaid = partOf(await moneyOf(order.id), /Kỳ Phú/)
      // Nothing paid yet: nothing to give back.
      const early = await answerTo(
        api.post(`/admin/producer-orders/${unpaid.id}/refund`, { amount: 1000, reason: "Thử" }, office)
      )
      expect(early.status).toBe(400)
      expect(early.data).toMatchObject({ code: ERROR_CODES.REFUND_EXCEEDS_PAID, message: expect.stringMatching(/tối đa 0\s₫/) })

      await transferArrived(order.id)
      const part = partOf(await moneyOf(order.id), /Kỳ Phú/)
      const tooMuch = await answerTo(
        api.post(`/admin/producer-orders/${part.id}/refund`, { amount: part.amount + 1, reason: "Chai bị nứt" }, office)
      )
      expect(tooMuch.status).toBe(400)
      expect(tooMuch.data.code).toBe(ERROR_CODES.REFUND_EXCEEDS_PAID)
      for (const amount of [0, -5, 1.5, "10000"]) {
        const bad = await answerTo(
          api.post(`/admin/producer-orders/${part.id}/refund`, { amount, reason: "Chai bị nứt" }, office)
        )
        expect(bad.status).toBe(400)
        expect(bad.data.code).toBe(ERROR_CODES.INVALID_DATA)
      }
      expect((await payment(order.id)).refunds).toEqual([])

      const { data } = await api.post<OrderPartsMoneyResponse>(
        `/admin/producer-orders/${part.id}/refund`,
        { amount: 10_000, reason: "Chai bị nứt" },
        office
      )
      expect(data.parts.find((p) => p.id === part.id)).toMatchObject({ refunded: 10_000, refundable: part.amount - 10_000 })
      const rest = await answerTo(
        api.post(`/admin/producer-orders/${part.id}/refund`, { amount: part.amount - 10_000 + 1, reason: "Thêm" }, office)
      )
      expect(rest.status).toBe(400)
      expect(rest.data.message).toMatch(/đã hoàn 10\.000\s₫/)
      await api.post(`/admin/producer-orders/${part.id}/refund`, { amount: part.amount - 10_000, reason: "Hoàn nốt" }, office)
      expect(partOf(await moneyOf(order.id), /Kỳ Phú/)).toMatchObject({ refunded: part.amount, refundable: 0 })
      expect((await payment(order.id)).refunds).toEqual([10_000, part.amount - 10_000])

      const unknown = await answerTo(api.post("/admin/producer-orders/pdrord_NOPE/refund", { amount: 1, reason: "Thử" }, office))
      expect(unknown.status).toBe(404)
    })

    it("a shopper cancelling a paid order gets each part back once, and Medusa refunds nothing twice", async () => {
      const order = await twoProducerOrder(BANK_TRANSFER_PROVIDER_ID)
      await transferArrived(order.id)
      const { data } = await api.post<{ order: { status: string } }>(`/store/orders/${order.id}/cancel`, {}, shop.storeHeaders)
      expect(data.order.status).toBe("canceled")
      const parts = await moneyOf(order.id)
      for (const part of parts) {
        expect(part).toMatchObject({ status: "canceled", refunded: part.amount, refundable: 0 })
        expect(part.refunds).toEqual([expect.objectContaining({ amount: part.amount, status: "to_pay_out" })])
      }
      // One Medusa refund per payment, the parts' amounts summed; Medusa's own cancellation found nothing left.
      expect((await payment(order.id)).refunds).toEqual([parts.reduce((sum, part) => sum + part.amount, 0)])
    })

    it("cash on delivery: a part cancelled before delivery refunds nothing; a delivered one can be refunded in cash", async () => {
      const order = await twoProducerOrder(COD_PROVIDER)
      const a = await demoLogin(api, "producer", PRODUCER_A.email)
      const b = await demoLogin(api, "producer", PRODUCER_B.email)
      const money = await moneyOf(order.id)
      const partA = partOf(money, /Kỳ Phú/)
      const partB = money.find((part) => part.id !== partA.id)!
      await api.post(`/producer/orders/${partB.id}/cancel`, { reason: "Hết hàng" }, b)
      expect(partOf(await moneyOf(order.id), /^(?!.*Kỳ Phú)/)).toMatchObject({ status: "canceled", paid: 0, refunds: [] })

      await api.post(`/producer/orders/${partA.id}/ship`, { tracking_number: "GHN-RF-1", carrier: "GHN" }, a)
      await api.post(`/producer/orders/${partA.id}/deliver`, {}, a)
      await api.post(`/admin/producer-orders/${partA.id}/refund`, { amount: 5_000, reason: "Giao thiếu nắp" }, office)
      expect(partOf(await moneyOf(order.id), /Kỳ Phú/).refunds).toEqual([
        expect.objectContaining({ amount: 5_000, method: "cash", status: "to_pay_out" }),
      ])
      expect((await partsOf(order.id)).find((part) => part.id === partA.id)?.status).toBe("delivered")
    })

    it("a parcel paid ahead by transfer is delivered without a second capture, and one refused at the door is refunded", async () => {
      const order = await twoProducerOrder(BANK_TRANSFER_PROVIDER_ID)
      await transferArrived(order.id)
      const a = await demoLogin(api, "producer", PRODUCER_A.email)
      const b = await demoLogin(api, "producer", PRODUCER_B.email)
      const money = await moneyOf(order.id)
      const partA = partOf(money, /Kỳ Phú/)
      const partB = money.find((part) => part.id !== partA.id)!
      await api.post(`/producer/orders/${partA.id}/ship`, { tracking_number: "GHN-PP-1", carrier: "GHN" }, a)
      await api.post(`/producer/orders/${partB.id}/ship`, { tracking_number: "GHTK-PP-2", carrier: "GHTK" }, b)
      await api.post(`/producer/orders/${partA.id}/deliver`, {}, a)
      await api.post(`/producer/orders/${partB.id}/refuse`, { reason: "Khách không nhận hàng" }, b)

      const after = await moneyOf(order.id)
      expect(after.find((part) => part.id === partA.id)).toMatchObject({ status: "delivered", paid: partA.amount, refunds: [] })
      expect(after.find((part) => part.id === partB.id)).toMatchObject({
        status: "refused",
        refunded: partB.amount,
        refundable: 0,
      })
      const { data } = await query().graph({
        entity: "order",
        fields: ["payment_collections.payments.captures.amount"],
        filters: { id: order.id },
      })
      const captures = (data[0].payment_collections ?? []).flatMap((c) => c?.payments ?? []).flatMap((p) => p?.captures ?? [])
      expect(captures.map((capture) => Number(capture?.amount))).toEqual([Number(order.total)])
      expect((await payment(order.id)).refunds).toEqual([partB.amount])
    })
  },
})
