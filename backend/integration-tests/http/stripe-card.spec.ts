import { integrationTestRunner } from "./test-runner"
import type { HttpTypes, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { ERROR_CODES } from "@ocop/contracts"
import Stripe from "stripe"
import { BANK_TRANSFER_PROVIDER_ID } from "../../src/modules/bank-transfer"
import { STRIPE_CARD_PROVIDER_ID } from "../../src/modules/stripe-card"
import { offerCardsInVndRegions } from "../../src/workflows/payment/offer-cards"
import { adminHeaders, answerTo, COD_PROVIDER, placedOrder, readyCart, type Suite } from "./demo-store"
import { demoShop } from "./orders-at-test"
import { StripeStandIn } from "./stripe-stand-in"

jest.setTimeout(240_000)

// api.stripe.com cannot be reached from here: the card provider talks to a local stand-in (STRIPE_API_BASE),
// which records what Stripe would have received. Set before the runner boots the app with medusa-config.ts.
const WEBHOOK_SECRET = "whsec_ocop_test_0123456789abcdef"
process.env.STRIPE_API_KEY = "sk_test_ocop_stand_in_0123456789"
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
const stripe = new StripeStandIn()
beforeAll(async () => {
  process.env.STRIPE_API_BASE = await stripe.start()
})
afterAll(() => stripe.stop())

const HOOK = `/hooks/payment/${STRIPE_CARD_PROVIDER_ID.replace(/^pp_/, "")}`
/** Medusa handles a webhook 5 s after answering it (payment module's webhook_delay): time to have done so. */
const PAST_WEBHOOK_DELAY = 8_000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Issue 16, item 1: cards through Medusa's Stripe provider, VND zero-decimal, capture at placement, webhooks, refunds. */
integrationTestRunner({
  testSuite: (suite: Suite) => {
    const { api } = suite
    const { shop } = demoShop(suite)
    const query = () => shop.container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
    let nextEvent = 0

    async function firstVariant() {
      const { data } = await api.get<{ products: { variants: { id: string }[] }[] }>(
        `/store/products?limit=1&region_id=${shop.regionId}&fields=id,variants.id`,
        shop.storeHeaders
      )
      return data.products[0].variants[0].id
    }

    /** A cart paid by card: its total in đồng and the payment intent the provider created for it at the stand-in. */
    async function cardCart(quantity = 2) {
      const cartId = await readyCart(
        api,
        shop.storeHeaders,
        shop.regionId,
        [{ variant_id: await firstVariant(), quantity }],
        STRIPE_CARD_PROVIDER_ID
      )
      const { data } = await query().graph({
        entity: "cart",
        fields: ["total", "payment_collection.payment_sessions.id", "payment_collection.payment_sessions.data"],
        filters: { id: cartId },
      })
      const session = data[0].payment_collection!.payment_sessions![0]!
      const intent = stripe.intents.get((session.data as { id: string }).id)!
      return { cartId, total: Number(data[0].total), sessionId: session.id, intent }
    }

    const complete = (cartId: string) =>
      api.post<HttpTypes.StoreCompleteCartResponse>(`/store/carts/${cartId}/complete`, {}, shop.storeHeaders)

    async function cardPayment(orderId: string) {
      const { data } = await query().graph({
        entity: "order",
        fields: [
          "payment_collections.payments.id",
          "payment_collections.payments.amount",
          "payment_collections.payments.captured_at",
          "payment_collections.payments.provider_id",
          "payment_collections.payments.captures.id",
          "payment_collections.payments.refunds.amount",
        ],
        filters: { id: orderId },
      })
      const payment = data[0].payment_collections![0]!.payments![0]!
      const { data: admin } = await api.get<HttpTypes.AdminOrderResponse>(
        `/admin/orders/${orderId}?fields=id,payment_status`,
        await adminHeaders(api)
      )
      return {
        order_payment_status: admin.order.payment_status,
        id: payment.id,
        provider_id: payment.provider_id,
        amount: Number(payment.amount),
        captured_at: payment.captured_at,
        captures: payment.captures?.length ?? 0,
        refunded: (payment.refunds ?? []).reduce((sum, refund) => sum + Number(refund!.amount), 0),
      }
    }

    async function ordersOfCart(cartId: string) {
      const { data } = await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return data.map((link) => link.order_id)
    }

    /** A Stripe event about this intent, as Stripe sends it: its body and a signature made by the `stripe` package. */
    function signedEvent(
      type: string,
      intentId: string,
      { timestamp = Math.floor(Date.now() / 1000), metadata = stripe.intents.get(intentId)!.metadata } = {}
    ) {
      const intent = stripe.intents.get(intentId)!
      const payload = JSON.stringify({
        id: `evt_ocop_${++nextEvent}`,
        object: "event",
        type,
        created: timestamp,
        livemode: false,
        api_version: "2024-06-20",
        data: { object: { ...intent, metadata, amount_capturable: type.endsWith("capturable_updated") ? intent.amount : 0 } },
      })
      const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET, timestamp })
      return { payload, signature }
    }

    const deliver = ({ payload, signature }: { payload: string; signature: string }) =>
      answerTo(api.post(HOOK, payload, { headers: { "content-type": "application/json", "stripe-signature": signature } }))

    it("offers cards beside cash on delivery and bank transfer in the Việt Nam region once Stripe is configured", async () => {
      const { data } = await api.get<HttpTypes.StorePaymentProviderListResponse>(
        `/store/payment-providers?region_id=${shop.regionId}`,
        shop.storeHeaders
      )
      expect(data.payment_providers.map((p) => p.id).sort()).toEqual(
        [BANK_TRANSFER_PROVIDER_ID, STRIPE_CARD_PROVIDER_ID, COD_PROVIDER].sort()
      )
    })

    it("gives cards at the next start to a region seeded before Stripe was configured, once", async () => {
      await updateRegionsWorkflow(shop.container).run({
        input: { selector: { id: shop.regionId }, update: { payment_providers: [COD_PROVIDER, BANK_TRANSFER_PROVIDER_ID] } },
      })
      expect(await offerCardsInVndRegions(shop.container)).toEqual([shop.regionId])
      expect(await offerCardsInVndRegions(shop.container)).toEqual([])
      const { data } = await api.get<HttpTypes.StorePaymentProviderListResponse>(
        `/store/payment-providers?region_id=${shop.regionId}`,
        shop.storeHeaders
      )
      expect(data.payment_providers.map((p) => p.id)).toContain(STRIPE_CARD_PROVIDER_ID)
    })

    it("asks Stripe for the total in đồng as it is (VND has no minor unit: 120.000 ₫ is 120000, never ×100), cards only, captured at once", async () => {
      const { total, sessionId, intent } = await cardCart()
      expect(Number.isInteger(total) && total > 30_000).toBe(true)
      const [created] = stripe.made("POST", "/v1/payment_intents").filter((r) => r.form["metadata[session_id]"] === sessionId)
      expect(created.form).toMatchObject({
        amount: String(total),
        currency: "vnd",
        capture_method: "automatic",
        "payment_method_types[0]": "card",
      })
      expect(intent.amount).toBe(total)
    })

    it("places the order with its card payment captured when the shopper has confirmed, without a separate capture call", async () => {
      const { cartId, total, intent } = await cardCart()
      stripe.confirm(intent.id, "succeeded")
      const { data } = await complete(cartId)
      const payment = await cardPayment(placedOrder(data).id)
      expect(payment).toMatchObject({
        order_payment_status: "captured",
        provider_id: STRIPE_CARD_PROVIDER_ID,
        amount: total,
        captured_at: expect.any(Date),
        captures: 1,
      })
      expect(stripe.made("POST", `/v1/payment_intents/${intent.id}/capture`)).toHaveLength(0)
    })

    it("leaves the cart completable while the bank asks for 3-D Secure, and places the order once the shopper passed it", async () => {
      const { cartId, intent } = await cardCart()
      stripe.confirm(intent.id, "requires_action")
      const early = await answerTo<HttpTypes.StoreCompleteCartResponse>(complete(cartId))
      expect(early.data.type).not.toBe("order")
      expect(await ordersOfCart(cartId)).toEqual([])

      stripe.confirm(intent.id, "succeeded")
      const { data } = await complete(cartId)
      expect((await cardPayment(placedOrder(data).id)).order_payment_status).toBe("captured")
    })

    it("places the order from Stripe's signed event when the shopper paid and left, and a replayed or late event changes nothing", async () => {
      const { cartId, total, intent } = await cardCart()
      stripe.confirm(intent.id, "succeeded")
      const succeeded = signedEvent("payment_intent.succeeded", intent.id)
      expect((await deliver(succeeded)).status).toBe(200)
      let orders: string[] = []
      for (let waited = 0; !orders.length && waited < 30_000; waited += 1_000) {
        await sleep(1_000)
        orders = await ordersOfCart(cartId)
      }
      expect(orders).toHaveLength(1)
      const before = await cardPayment(orders[0])
      expect(before).toMatchObject({ order_payment_status: "captured", amount: total, captures: 1 })

      // The same event again, and older ones arriving after it (Stripe does not promise order).
      for (const event of [
        succeeded,
        signedEvent("payment_intent.amount_capturable_updated", intent.id),
        signedEvent("payment_intent.requires_action", intent.id),
        signedEvent("payment_intent.succeeded", intent.id),
      ])
        expect((await deliver(event)).status).toBe(200)
      await sleep(PAST_WEBHOOK_DELAY)
      expect(await ordersOfCart(cartId)).toEqual(orders)
      expect(await cardPayment(orders[0])).toEqual(before)
    })

    const orderCount = async () => (await query().graph({ entity: "order", fields: ["id"] })).data.length

    it("refuses a tampered or stale event with 400 and a code, logs it, and places nothing", async () => {
      const { cartId, intent } = await cardCart()
      stripe.confirm(intent.id, "succeeded")
      const logger = shop.container.resolve(ContainerRegistrationKeys.LOGGER)
      const warn = jest.spyOn(logger, "warn")

      const genuine = signedEvent("payment_intent.succeeded", intent.id)
      const tampered = { ...genuine, payload: genuine.payload.replace(`"amount":${intent.amount}`, '"amount":1000') }
      expect(tampered.payload).not.toBe(genuine.payload)
      const stale = signedEvent("payment_intent.succeeded", intent.id, { timestamp: Math.floor(Date.now() / 1000) - 600 })
      const unsigned = { ...genuine, signature: "" }
      for (const event of [tampered, stale, unsigned]) {
        const answer = await deliver(event)
        expect(answer.status).toBe(400)
        expect(answer.data.code).toBe(ERROR_CODES.WEBHOOK_SIGNATURE)
        expect(answer.data.message).toBe("Chữ ký sự kiện Stripe không hợp lệ hoặc đã quá hạn; sự kiện bị bỏ qua.")
      }
      expect(warn.mock.calls.filter(([line]) => String(line).startsWith("Stripe webhook refused"))).toHaveLength(3)
      warn.mockRestore()
      await sleep(PAST_WEBHOOK_DELAY)
      expect(await ordersOfCart(cartId)).toEqual([])
    })

    it("accepts a genuine event about a payment this shop does not know and changes nothing", async () => {
      const { intent } = await cardCart()
      stripe.confirm(intent.id, "succeeded")
      const orders = await orderCount()
      const unknown = signedEvent("payment_intent.succeeded", intent.id, {
        metadata: { session_id: "payses_01UNKNOWN0000000000000000" },
      })
      const foreign = signedEvent("payment_intent.succeeded", intent.id, { metadata: {} })
      // 200: Stripe would retry anything else for days, and no retry makes these ours.
      for (const event of [unknown, foreign]) expect((await deliver(event)).status).toBe(200)
      await sleep(PAST_WEBHOOK_DELAY)
      expect(await orderCount()).toBe(orders)
    })

    it("refunds from Admin through Stripe with the amount in đồng, and refuses a refund above what was paid", async () => {
      const { cartId, total, intent } = await cardCart()
      stripe.confirm(intent.id, "succeeded")
      const { data } = await complete(cartId)
      const order = placedOrder(data)
      const { id: paymentId } = await cardPayment(order.id)
      const admin = await adminHeaders(api)

      await api.post(`/admin/payments/${paymentId}/refund`, { amount: 50_000 }, admin)
      const refunds = stripe.made("POST", "/v1/refunds").filter((r) => r.form.payment_intent === intent.id)
      expect(refunds.map((r) => r.form.amount)).toEqual(["50000"])
      expect((await cardPayment(order.id)).refunded).toBe(50_000)

      const tooMuch = await answerTo(api.post(`/admin/payments/${paymentId}/refund`, { amount: total }, admin))
      expect(tooMuch.status).toBe(400)
      expect(stripe.made("POST", "/v1/refunds").filter((r) => r.form.payment_intent === intent.id)).toHaveLength(1)
      expect((await cardPayment(order.id)).refunded).toBe(50_000)
    })
  },
})
