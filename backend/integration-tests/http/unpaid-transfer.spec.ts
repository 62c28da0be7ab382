import { integrationTestRunner } from "./test-runner"
import { BANK_TRANSFER_PROVIDER_ID } from "../../src/modules/bank-transfer"
import { NOTICE_MODULE } from "../../src/modules/notice"
import type NoticeModuleService from "../../src/modules/notice/service"
import { cancelUnpaidTransferOrders } from "../../src/workflows/payment/cancel-unpaid-transfer-orders"
import { COD_PROVIDER, DEMO_SHOPPER, type Suite } from "./demo-store"
import { demoShop } from "./orders-at-test"

jest.setTimeout(240_000)

/** Issue 16: an order paid by bank transfer whose money has not come within the limit is cancelled. */
integrationTestRunner({
  testSuite: (suite: Suite) => {
    const { shop, variantOf, placeOrder, reserved, reservationsOf, partsOf, orderState } = demoShop(suite)
    const notices = () =>
      shop.container.resolve<NoticeModuleService>(NOTICE_MODULE).listNotices({ template: "order-unpaid-canceled" })

    it("cancels a transfer order unpaid after 48 h: stock released, producer parts cancelled, the shopper told; COD and a fresh transfer are untouched, and a second run changes nothing", async () => {
      const fishSauce = await variantOf("nuoc-mam-ky-phu")
      const reservedBefore = await reserved(fishSauce.inventory_item_id)
      const overdue = await placeOrder(BANK_TRANSFER_PROVIDER_ID, fishSauce.id, 2)
      const cod = await placeOrder(COD_PROVIDER, fishSauce.id, 1)
      const fresh = await placeOrder(BANK_TRANSFER_PROVIDER_ID, fishSauce.id, 3)
      expect(await reserved(fishSauce.inventory_item_id)).toBe(reservedBefore + 6)

      // Placed 49 hours ago: past the default limit. The COD order is as old: it is not waiting for a transfer.
      await shop
        .sql("order")
        .whereIn("id", [overdue.id, cod.id])
        .update({ created_at: shop.sql.raw("now() - interval '49 hours'") })
      // Just inside the limit: the shopper still has an hour.
      await shop
        .sql("order")
        .where({ id: fresh.id })
        .update({ created_at: shop.sql.raw("now() - interval '47 hours'") })

      const codBefore = { order: await orderState(cod.id), parts: await partsOf(cod.id) }
      const freshBefore = { order: await orderState(fresh.id), parts: await partsOf(fresh.id) }
      expect(codBefore.parts.length).toBeGreaterThan(0)

      expect(await cancelUnpaidTransferOrders(shop.container, new Date(), 48)).toEqual([overdue.id])

      // Medusa's cancellation: order cancelled, its uncaptured transfer payment cancelled, its stock back.
      expect(await orderState(overdue.id)).toMatchObject({ status: "canceled", collection: "canceled", payment_canceled: true })
      expect(await reservationsOf(overdue.id)).toEqual([])
      expect(await reserved(fishSauce.inventory_item_id)).toBe(reservedBefore + 4)
      // Every producer part closed with the reason the producer sees.
      const overdueParts = await partsOf(overdue.id)
      expect(overdueParts.length).toBeGreaterThan(0)
      for (const part of overdueParts) {
        expect(part).toMatchObject({ status: "canceled", cancel_reason: "Quá hạn chuyển khoản", canceled_at: expect.any(Date) })
      }
      // One notice to the shopper, in Vietnamese, with what was owed.
      const sent = await notices()
      expect(sent).toHaveLength(1)
      expect(sent[0]).toMatchObject({
        to: DEMO_SHOPPER.email,
        resource_id: overdue.id,
        data: { display_id: overdue.display_id, amount: Math.round(Number(overdue.total)), reason: "Quá hạn chuyển khoản" },
      })

      // Untouched: the COD order (not waiting for a transfer) and the transfer still within its 48 h.
      expect({ order: await orderState(cod.id), parts: await partsOf(cod.id) }).toEqual(codBefore)
      expect({ order: await orderState(fresh.id), parts: await partsOf(fresh.id) }).toEqual(freshBefore)
      expect((await reservationsOf(cod.id)).length).toBeGreaterThan(0)
      expect((await reservationsOf(fresh.id)).length).toBeGreaterThan(0)

      // A second run finds nothing: no write, no second notice.
      const overdueAfter = { order: await orderState(overdue.id), parts: overdueParts }
      expect(await cancelUnpaidTransferOrders(shop.container, new Date(), 48)).toEqual([])
      expect({ order: await orderState(overdue.id), parts: await partsOf(overdue.id) }).toEqual(overdueAfter)
      expect(await notices()).toHaveLength(1)
      expect(await reserved(fishSauce.inventory_item_id)).toBe(reservedBefore + 4)
    })

    it("goes on past an order it cannot cancel, and finishes a run killed after the notice without telling the shopper twice", async () => {
      const fishSauce = await variantOf("nuoc-mam-ky-phu")
      const shipped = await placeOrder(BANK_TRANSFER_PROVIDER_ID, fishSauce.id, 1)
      const killed = await placeOrder(BANK_TRANSFER_PROVIDER_ID, fishSauce.id, 1)
      const overdue = await placeOrder(BANK_TRANSFER_PROVIDER_ID, fishSauce.id, 1)
      await shop
        .sql("order")
        .whereIn("id", [shipped.id, killed.id, overdue.id])
        .update({ created_at: shop.sql.raw("now() - interval '49 hours'") })
      // A parcel already with the carrier: Medusa cannot cancel the order, the sweep must not stop there.
      await shop.sql("producer_order").where({ order_id: shipped.id }).update({ status: "shipped" })
      // A run killed after its notice: parts cancelled, the shopper told, the order not yet cancelled.
      await shop
        .sql("producer_order")
        .where({ order_id: killed.id })
        .update({ status: "canceled", cancel_reason: "Quá hạn chuyển khoản" })
      await shop.container.resolve<NoticeModuleService>(NOTICE_MODULE).createNotices({
        to: DEMO_SHOPPER.email,
        template: "order-unpaid-canceled",
        data: { display_id: killed.display_id, amount: 1, currency_code: "vnd", reason: "Quá hạn chuyển khoản" },
        resource_id: killed.id,
        // The key every cancellation notice of an order shares (queries/notices.ts).
        idempotency_key: `order-canceled:${killed.id}`,
        next_attempt_at: new Date(),
      })

      expect((await cancelUnpaidTransferOrders(shop.container, new Date(), 48)).sort()).toEqual([killed.id, overdue.id].sort())

      expect((await orderState(shipped.id)).status).not.toBe("canceled")
      expect((await reservationsOf(shipped.id)).length).toBeGreaterThan(0)
      expect((await orderState(killed.id)).status).toBe("canceled")
      expect(await reservationsOf(killed.id)).toEqual([])
      expect((await orderState(overdue.id)).status).toBe("canceled")
      const told = (await notices()).map((notice) => notice.resource_id).sort()
      expect(told).toEqual([killed.id, overdue.id].sort())
    })
  },
})
