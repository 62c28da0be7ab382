import { integrationTestRunner } from "./test-runner"
import { answerTo, COD_PROVIDER, type Suite } from "./demo-store"
import { demoShop } from "./orders-at-test"

jest.setTimeout(240_000)

/** Issue 16: a shopper cancels their own order from its page, before any parcel leaves. */
integrationTestRunner({
  testSuite: (suite: Suite) => {
    const { api } = suite
    const { shop, variantOf, placeOrder, reserved, reservationsOf, partsOf, orderState } = demoShop(suite)
    const refusal = (orderId: string, body: object = {}) =>
      answerTo(api.post(`/store/orders/${orderId}/cancel`, body, shop.storeHeaders))

    it("cancels a COD order with the shopper's reason: parts cancelled, stock released, payment cancelled; a second cancel is refused and changes nothing", async () => {
      const fishSauce = await variantOf("nuoc-mam-ky-phu")
      const reservedBefore = await reserved(fishSauce.inventory_item_id)
      const order = await placeOrder(COD_PROVIDER, fishSauce.id, 2)
      expect(await reserved(fishSauce.inventory_item_id)).toBe(reservedBefore + 2)
      expect((await partsOf(order.id)).length).toBeGreaterThan(0)

      const { data } = await api.post<{ order: { id: string; status: string } }>(
        `/store/orders/${order.id}/cancel`,
        { reason: "Đặt nhầm số lượng" },
        shop.storeHeaders
      )
      expect(data.order).toEqual({ id: order.id, status: "canceled" })

      expect(await orderState(order.id)).toMatchObject({ status: "canceled", collection: "canceled", payment_canceled: true })
      expect(await reservationsOf(order.id)).toEqual([])
      expect(await reserved(fishSauce.inventory_item_id)).toBe(reservedBefore)
      const parts = await partsOf(order.id)
      for (const part of parts)
        expect(part).toMatchObject({
          status: "canceled",
          cancel_reason: "Khách huỷ đơn: Đặt nhầm số lượng",
          canceled_at: expect.any(Date),
        })

      const after = { order: await orderState(order.id), parts }
      const again = await refusal(order.id)
      expect(again.status).toBe(400)
      expect(again.data).toMatchObject({ code: "order_already_canceled", message: "Đơn hàng này đã được huỷ trước đó." })
      expect({ order: await orderState(order.id), parts: await partsOf(order.id) }).toEqual(after)
    })

    it("refuses an order with a parcel already shipped, changing nothing", async () => {
      const fishSauce = await variantOf("nuoc-mam-ky-phu")
      const order = await placeOrder(COD_PROVIDER, fishSauce.id, 1)
      await shop.sql("producer_order").where({ order_id: order.id }).update({ status: "shipped" })
      const before = {
        order: await orderState(order.id),
        parts: await partsOf(order.id),
        reservations: await reservationsOf(order.id),
      }

      const refused = await refusal(order.id, { reason: "Đổi ý" })
      expect(refused.status).toBe(400)
      expect(refused.data.code).toBe("order_shipped")
      expect(refused.data.message).toMatch(/^Đơn đã có kiện được gửi đi, không huỷ được nữa/)
      expect({
        order: await orderState(order.id),
        parts: await partsOf(order.id),
        reservations: await reservationsOf(order.id),
      }).toEqual(before)
    })

    it("answers 404 for an order that does not exist, and refuses a reason too long", async () => {
      const unknown = await refusal("order_01NOTANORDER000000000000")
      expect(unknown.status).toBe(404)
      expect(unknown.data.code).toBe("not_found")

      const fishSauce = await variantOf("nuoc-mam-ky-phu")
      const order = await placeOrder(COD_PROVIDER, fishSauce.id, 1)
      const tooLong = await refusal(order.id, { reason: "x".repeat(501) })
      expect(tooLong.status).toBe(400)
      expect(tooLong.data.code).toBe("invalid_data")
      expect((await orderState(order.id)).status).not.toBe("canceled")
    })
  },
})
