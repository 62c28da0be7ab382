import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { QRPay } from "vietnam-qr-pay"
import { DEMO_RECEIVING_ACCOUNT } from "../../src/modules/bank-transfer/receiving-account"
import { adminHeaders, cartWith as cartWithLines, refused, seedDemoStore } from "./demo-store"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let storeHeaders: { headers: Record<string, string> }
    let regionId: string

    beforeAll(async () => {
      const container = getContainer()
      storeHeaders = await seedDemoStore(container)
      regionId = (await container.resolve(Modules.REGION).listRegions({ name: "Việt Nam" }))[0].id
    })

    async function placeOrder(providerId: string) {
      const { data: products } = await api.get(
        `/store/products?limit=1&region_id=${regionId}&fields=id,*variants.calculated_price`,
        storeHeaders
      )
      const variant = products.products[0].variants[0]
      const cartId = await cartWithLines(api, storeHeaders, regionId, [{ variant_id: variant.id, quantity: 2 }])
      await api.post(`/store/carts/${cartId}/delivery`, { code: "standard" }, storeHeaders)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, storeHeaders)
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: providerId },
        storeHeaders
      )
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, storeHeaders)
      expect(data.type).toBe("order")
      return { order: data.order, price: variant.calculated_price.calculated_amount as number }
    }

    it("offers bank transfer beside cash on delivery in the demo region", async () => {
      const { data } = await api.get(`/store/payment-providers?region_id=${regionId}`, storeHeaders)
      expect(data.payment_providers.map((p: { id: string }) => p.id).sort()).toEqual([
        "pp_bank-transfer_bank-transfer",
        "pp_system_default",
      ])
    })

    it("places an order by transfer, authorized but not captured, and tells what to transfer as text and VietQR", async () => {
      const { order, price } = await placeOrder("pp_bank-transfer_bank-transfer")
      // The shopper committed to pay: authorized at placement; the money is captured once it arrives.
      const { data: admin } = await api.get(
        `/admin/orders/${order.id}?fields=id,payment_status,*payment_collections.payments`,
        await adminHeaders(api)
      )
      expect(admin.order.payment_status).toBe("authorized")
      expect(admin.order.payment_collections[0].payments[0]).toMatchObject({
        provider_id: "pp_bank-transfer_bank-transfer",
        captured_at: null,
      })

      const { data } = await api.get(`/store/orders/${order.id}/bank-transfer`, storeHeaders)
      const transfer = data.bank_transfer
      const amount = price * 2 + 30_000 // tax-inclusive prices + one delivery fee
      expect(transfer).toEqual({
        amount,
        currency_code: "vnd",
        memo: `OCOP ${order.display_id}`,
        bank: { bin: DEMO_RECEIVING_ACCOUNT.bank_bin, name: expect.any(String), short_name: "Vietcombank" },
        account_number: DEMO_RECEIVING_ACCOUNT.account_number,
        account_name: DEMO_RECEIVING_ACCOUNT.account_name,
        qr_payload: expect.any(String),
      })
      const qr = new QRPay(transfer.qr_payload)
      expect(qr.isValid).toBe(true)
      expect(qr.amount).toBe(String(amount))
      expect(qr.additionalData.purpose).toBe(`OCOP ${order.display_id}`)
      expect(qr.consumer.bankBin).toBe(DEMO_RECEIVING_ACCOUNT.bank_bin)
      expect(qr.consumer.bankNumber).toBe(DEMO_RECEIVING_ACCOUNT.account_number)
    })

    it("answers 404 with a code and a Vietnamese sentence for an unknown order or one paid on delivery", async () => {
      const unknown = await refused(api.get("/store/orders/order_01UNKNOWN000000000000000000/bank-transfer", storeHeaders), 404)
      expect(unknown).toBe("Không có thông tin chuyển khoản cho đơn hàng này.")

      const { order } = await placeOrder("pp_system_default")
      const error = await api
        .get(`/store/orders/${order.id}/bank-transfer`, storeHeaders)
        .catch((e: { response: { status: number; data: unknown } }) => e)
      if (!("response" in error)) throw new Error("an order paid on delivery has no transfer to show")
      expect(error.response.status).toBe(404)
      expect(error.response.data).toMatchObject({
        code: "not_found",
        message: "Không có thông tin chuyển khoản cho đơn hàng này.",
      })
    })
  },
})
