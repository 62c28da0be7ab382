import { integrationTestRunner } from "./test-runner"
import type { HttpTypes } from "@medusajs/framework/types"
import type { BankTransferInstructions } from "@ocop/contracts"
import { QRPay } from "vietnam-qr-pay"
import { BANK_TRANSFER_PROVIDER_ID } from "../../src/modules/bank-transfer"
import { DEMO_RECEIVING_ACCOUNT } from "../../src/modules/bank-transfer/receiving-account"
import { adminHeaders, answerTo, COD_PROVIDER, refused, type Suite } from "./demo-store"
import { demoShop } from "./orders-at-test"

jest.setTimeout(240_000)

type PricedProducts = { products: { variants: { id: string; calculated_price: { calculated_amount: number } }[] }[] }

integrationTestRunner({
  testSuite: (suite: Suite) => {
    const { api } = suite
    const { shop, placeOrder: placeOrderOf } = demoShop(suite)

    /** Two units of the first listed product, paid with this provider, and the product's price. */
    async function placeOrder(providerId: string) {
      const { data: products } = await api.get<PricedProducts>(
        `/store/products?limit=1&region_id=${shop.regionId}&fields=id,*variants.calculated_price`,
        shop.storeHeaders
      )
      const variant = products.products[0].variants[0]
      return { order: await placeOrderOf(providerId, variant.id, 2), price: variant.calculated_price.calculated_amount }
    }

    it("offers bank transfer beside cash on delivery in the demo region", async () => {
      const { data } = await api.get<HttpTypes.StorePaymentProviderListResponse>(
        `/store/payment-providers?region_id=${shop.regionId}`,
        shop.storeHeaders
      )
      expect(data.payment_providers.map((p) => p.id).sort()).toEqual(["pp_bank-transfer_bank-transfer", "pp_system_default"])
    })

    it("places an order by transfer, authorized but not captured, and tells what to transfer as text and VietQR", async () => {
      const { order, price } = await placeOrder(BANK_TRANSFER_PROVIDER_ID)
      // The shopper committed to pay: authorized at placement; the money is captured once it arrives.
      const { data: admin } = await api.get<HttpTypes.AdminOrderResponse>(
        `/admin/orders/${order.id}?fields=id,payment_status,*payment_collections.payments`,
        await adminHeaders(api)
      )
      expect(admin.order.payment_status).toBe("authorized")
      expect(admin.order.payment_collections[0].payments?.[0]).toMatchObject({
        provider_id: "pp_bank-transfer_bank-transfer",
        captured_at: null,
      })

      const { data } = await api.get<{ bank_transfer: BankTransferInstructions }>(
        `/store/orders/${order.id}/bank-transfer`,
        shop.storeHeaders
      )
      const transfer = data.bank_transfer
      const amount = price * 2 + 30_000 // tax-inclusive prices + one delivery fee
      expect(transfer).toEqual({
        amount,
        currency_code: "vnd",
        memo: `OCOP ${order.display_id}`,
        // Not yet: the transfer is still to come, so the page shows the QR code.
        paid: false,
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
      const unknown = await refused(
        api.get("/store/orders/order_01UNKNOWN000000000000000000/bank-transfer", shop.storeHeaders),
        404
      )
      expect(unknown).toBe("Không có thông tin chuyển khoản cho đơn hàng này.")

      const { order } = await placeOrder(COD_PROVIDER)
      const answer = await answerTo(api.get(`/store/orders/${order.id}/bank-transfer`, shop.storeHeaders))
      expect(answer.status).toBe(404)
      expect(answer.data).toMatchObject({
        code: "not_found",
        message: "Không có thông tin chuyển khoản cho đơn hàng này.",
      })
    })
  },
})
