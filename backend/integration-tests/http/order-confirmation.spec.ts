import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "./test-runner"
import { QRPay } from "vietnam-qr-pay"
import { BANK_TRANSFER_PROVIDER_ID } from "../../src/modules/bank-transfer"
import type { OrderConfirmation } from "../../src/queries/order-confirmation"
import { sendMissingOrderConfirmations } from "../../src/workflows/order/send-order-confirmation"
import { COD_PROVIDER, DEMO_SHOPPER, type Suite } from "./demo-store"
import { demoShop } from "./orders-at-test"

jest.setTimeout(240_000)

/** Issue 16: the shopper's order e-mail, with what to transfer for an order paid by bank transfer; sent once, even after a crash. */
integrationTestRunner({
  testSuite: (suite: Suite) => {
    const { shop, variantOf, placeOrder } = demoShop(suite)
    const notifications = () => shop.container.resolve<INotificationModuleService>(Modules.NOTIFICATION)

    /** The order's e-mails, once its subscriber has had the time to send one. */
    async function confirmationsOf(orderId: string, atLeast = 1) {
      for (let waited = 0; ; waited += 200) {
        const sent = await notifications().listNotifications({ template: "order-placed", resource_id: orderId })
        if (sent.length >= atLeast || waited > 10_000) return sent
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }

    it("e-mails a transfer order's amount, memo, account and a VietQR payload that decodes back to them", async () => {
      const fishSauce = await variantOf("nuoc-mam-ky-phu")
      const order = await placeOrder(BANK_TRANSFER_PROVIDER_ID, fishSauce.id, 2)
      const [notice] = await confirmationsOf(order.id)
      expect(notice).toMatchObject({ to: DEMO_SHOPPER.email, channel: "email" })
      const data = notice.data as OrderConfirmation["data"]
      expect(data).toMatchObject({ display_id: order.display_id, total: Number(order.total) })
      expect(data.items).toEqual([expect.objectContaining({ quantity: 2 })])
      expect(data.transfer).toMatchObject({ amount: Number(order.total), memo: `OCOP ${order.display_id}` })
      const qr = new QRPay(data.transfer!.qr_payload)
      expect(qr.isValid).toBe(true)
      expect(qr.amount).toBe(String(Number(order.total)))
      expect(qr.additionalData.purpose).toBe(`OCOP ${order.display_id}`)
      expect(qr.consumer.bankNumber).toBe(data.transfer!.account_number)
    })

    it("e-mails a cash-on-delivery order without transfer details, and a stopped process's e-mail is sent by the sweep, once", async () => {
      const fishSauce = await variantOf("nuoc-mam-ky-phu")
      const order = await placeOrder(COD_PROVIDER, fishSauce.id, 1)
      const [notice] = await confirmationsOf(order.id)
      expect((notice.data as OrderConfirmation["data"]).transfer).toBeNull()

      // As if the process had died before its subscriber ran: no confirmation queued, none sent.
      await shop.sql("notice").where({ resource_id: order.id, template: "order-placed" }).delete()
      await shop.sql("notification").where({ resource_id: order.id, template: "order-placed" }).delete()
      expect(await sendMissingOrderConfirmations(shop.container)).toContain(order.id)
      expect(await confirmationsOf(order.id)).toHaveLength(1)
      expect(await sendMissingOrderConfirmations(shop.container)).not.toContain(order.id)
      expect(await confirmationsOf(order.id)).toHaveLength(1)
    })
  },
})
