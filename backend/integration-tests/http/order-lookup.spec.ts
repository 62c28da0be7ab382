import { integrationTestRunner } from "./test-runner"
import { ERROR_CODES, ORDER_LOOKUP_MISS, type OrderLookupResult } from "@ocop/contracts"
import { answerTo, COD_PROVIDER, DEMO_SHOPPER, type Refusal, type Suite } from "./demo-store"
import { demoShop } from "./orders-at-test"

jest.setTimeout(240_000)

// Lowered so that the test reaches the per-order limit in a few requests; the per-address one keeps room.
// The counts outlive each test's database (whose order numbers start again at 1): the misses below stay under it.
const PER_ORDER = 5
const ENV = { ORDER_LOOKUP_RATE_MAX_PER_ORDER: String(PER_ORDER), ORDER_LOOKUP_RATE_MAX_PER_ADDRESS: "100" }

const MISS = { type: "not_found", code: ERROR_CODES.NOT_FOUND, message: ORDER_LOOKUP_MISS }

/** A guest looks an order up by its number and the phone or e-mail given at checkout (issue 17). */
integrationTestRunner({
  env: ENV,
  testSuite: (suite: Suite) => {
    const { shop, variantOf, placeOrder } = demoShop(suite)

    // Each test is its own client, named in X-Forwarded-For (the server trusts this machine as a proxy,
    // as it trusts the storefront's server passing on a shopper's address).
    const lookUp = (body: object, address: string) =>
      answerTo<Partial<OrderLookupResult & Refusal>>(
        shop.api.post("/store/order-lookup", body, {
          headers: { ...shop.storeHeaders.headers, "x-forwarded-for": address },
        })
      )

    /** A COD order of the demo shopper; `phone` rewrites the phone its address was stored with. */
    async function order(phone?: string) {
      const placed = await placeOrder(COD_PROVIDER, (await variantOf("nuoc-mam-ky-phu")).id, 1)
      if (phone) await shop.sql("order_address").where({ id: placed.shipping_address!.id }).update({ phone })
      return placed
    }

    it("finds the order by its number and the phone in any usual form, or the e-mail in any case, and answers only its id", async () => {
      const placed = await order()
      const number = placed.display_id
      const tries = [
        { display_id: number, phone: DEMO_SHOPPER.shipping_address.phone },
        { display_id: `#${number}`, phone: "0912 345 678" },
        { display_id: String(number), phone: "+84912345678" },
        { display_id: ` # ${number} `, phone: "+84 912.345.678" },
        { display_id: number, email: DEMO_SHOPPER.email.toUpperCase() },
        { display_id: number, email: ` Khach@Example.VN ` },
      ]
      for (const [i, body] of tries.entries()) {
        const { status, data } = await lookUp(body, `203.0.113.${i + 1}`)
        expect([body, status, data]).toEqual([body, 200, { order_id: placed.id }])
      }
    })

    it("answers the same 404 for a wrong phone, a wrong e-mail, an unknown number and another order's phone", async () => {
      const theirs = await order("+84 987 654 321")
      const mine = await order()
      const misses = [
        { display_id: mine.display_id, phone: "0912345679" },
        { display_id: mine.display_id, email: "nguoi-khac@example.vn" },
        { display_id: mine.display_id, phone: DEMO_SHOPPER.shipping_address.phone, email: "nguoi-khac@example.vn" },
        { display_id: 99_999_999, phone: DEMO_SHOPPER.shipping_address.phone },
        { display_id: mine.display_id, phone: "0987654321" },
      ]
      for (const [i, body] of misses.entries()) {
        const { status, data } = await lookUp(body, `198.51.100.${i + 1}`)
        expect([body, status, data]).toEqual([body, 404, MISS])
      }
      // The other order is found with its own phone, stored in another form.
      expect((await lookUp({ display_id: theirs.display_id, phone: "0987 654 321" }, "198.51.100.50")).data).toEqual({
        order_id: theirs.id,
      })
    })

    it("refuses, in Vietnamese, a number that is none and a lookup with neither phone nor e-mail", async () => {
      const none = await lookUp({ display_id: "DH-12", phone: "0912345678" }, "192.0.2.1")
      expect([none.status, none.data.code]).toEqual([400, ERROR_CODES.INVALID_DATA])
      expect(none.data).toMatchObject({ message: "Nhập mã đơn hàng gồm các chữ số, ví dụ 1042 hoặc #1042." })
      const bare = await lookUp({ display_id: 1 }, "192.0.2.1")
      expect([bare.status, bare.data]).toMatchObject([400, { message: "Nhập số điện thoại hoặc email đã dùng khi đặt hàng." }])
    })

    it("stops guessing at one order number, known or not, after a few misses from any number of addresses, with 429", async () => {
      // A right pair is forgiven: it does not count towards the limit.
      const placed = await order()
      const right = { display_id: placed.display_id, phone: DEMO_SHOPPER.shipping_address.phone }
      expect((await lookUp(right, "100.64.0.1")).status).toBe(200)
      // Nobody has order number 424242: it is refused all the same, and says nothing about its existence.
      const guess = (i: number) => lookUp({ display_id: 424_242, phone: `09000000${10 + i}` }, `100.64.0.${i + 2}`)
      for (let i = 0; i < PER_ORDER; i++) expect((await guess(i)).status).toBe(404)
      const refused = await guess(PER_ORDER)
      expect(refused.status).toBe(429)
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
      expect(refused.data).toEqual({
        code: ERROR_CODES.RATE_LIMITED,
        type: "too_many_requests",
        message: "Bạn tra cứu đơn hàng quá nhiều lần: vui lòng đợi 60 phút rồi thử lại.",
      })
      // The limit is that order number's: the shopper's own order is still found from those addresses.
      expect((await lookUp(right, "100.64.0.2")).status).toBe(200)
    })
  },
})
