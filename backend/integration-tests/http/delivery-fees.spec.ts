import type { HttpTypes, IPricingModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DEFAULT_FLAT_DELIVERY_FEE, type DeliveryFeeTable, ERROR_CODES } from "@ocop/contracts"
import { adminHeaders, answerTo, cartWith, DEMO_SHOPPER, placedOrder, type Refusal, type Suite } from "./demo-store"
import { demoShop } from "./orders-at-test"
import { homeDeliveryOffTable, homeDeliveryPriceSets } from "../../src/queries/delivery-fees"
import { createProducerWorkflow } from "../../src/workflows/producer/create-producer"
import { repairAfterCrash } from "../../src/workflows/recovery/repair-after-crash"
import { integrationTestRunner } from "./test-runner"

jest.setTimeout(240_000)

type FeesAnswer = { delivery_fees: DeliveryFeeTable }
type Choices = { delivery_choices: { code: string; amount: number; parcels: { amount: number }[] }[] }

const HA_NOI = { province: "Hà Nội", city: "Phường Ba Đình", metadata: { province_code: "01", commune_code: "00004" } }
const HO_CHI_MINH = {
  province: "Hồ Chí Minh",
  city: "Phường Thủ Dầu Một",
  metadata: { province_code: "79", commune_code: "25747" },
}

/** The office's delivery fee table: a flat fee per parcel, and provinces with their own (issue 17). */
integrationTestRunner({
  testSuite: (suite: Suite) => {
    const { shop, variantOf } = demoShop(suite)
    let office: { headers: Record<string, string> }
    beforeAll(async () => {
      office = await adminHeaders(shop.api)
    })

    const setFees = (body: unknown) => answerTo<FeesAnswer & Refusal>(shop.api.post("/admin/delivery-fees", body, office))

    /** A cart of one packaging from each of two producers (two parcels), to the demo shopper in Hà Tĩnh. */
    async function twoParcelCart() {
      const items = [
        { variant_id: (await variantOf("nuoc-mam-ky-phu")).id, quantity: 1 },
        { variant_id: (await variantOf("keo-cu-do-ha-tinh-nguyen-hang")).id, quantity: 1 },
      ]
      return cartWith(shop.api, shop.storeHeaders, shop.regionId, items)
    }

    const moveTo = (cartId: string, address: object) =>
      shop.api.post(
        `/store/carts/${cartId}`,
        { shipping_address: { ...DEMO_SHOPPER.shipping_address, ...address } },
        shop.storeHeaders
      )

    async function homeDelivery(cartId: string) {
      const { data } = await shop.api.get<Choices>(`/store/carts/${cartId}/delivery`, shop.storeHeaders)
      return data.delivery_choices.find((choice) => choice.code === "standard")!
    }

    const shippingTotal = async (cartId: string) => (await shippingTo(cartId)).total

    async function shippingTo(cartId: string) {
      const { data } = await shop.api.get<HttpTypes.StoreCartResponse>(`/store/carts/${cartId}`, shop.storeHeaders)
      return { province: data.cart.shipping_address?.province, total: data.cart.shipping_total }
    }

    it("charges the flat fee per parcel until the office sets provinces of their own", async () => {
      const { data } = await shop.api.get<FeesAnswer>("/admin/delivery-fees", office)
      expect(data.delivery_fees.flat_fee).toBe(DEFAULT_FLAT_DELIVERY_FEE)
      expect(data.delivery_fees.provinces).toHaveLength(34)
      expect(data.delivery_fees.provinces.every((p) => p.fee === null)).toBe(true)
      expect(data.delivery_fees.updated_at).toBeNull()

      const choice = await homeDelivery(await twoParcelCart())
      expect(choice.parcels.map((p) => p.amount)).toEqual([DEFAULT_FLAT_DELIVERY_FEE, DEFAULT_FLAT_DELIVERY_FEE])
      expect(choice.amount).toBe(2 * DEFAULT_FLAT_DELIVERY_FEE)
    })

    it("prices each parcel by the province it goes to, follows an address change, and the order keeps what was charged", async () => {
      const { status, data } = await setFees({
        flat_fee: 35_000,
        provinces: [
          { province_code: "42", fee: 15_000 },
          { province_code: "01", fee: 45_000 },
        ],
      })
      expect(status).toBe(200)
      const byCode = new Map(data.delivery_fees.provinces.map((p) => [p.code, p.fee]))
      expect([data.delivery_fees.flat_fee, byCode.get("42"), byCode.get("01"), byCode.get("79")]).toEqual([
        35_000,
        15_000,
        45_000,
        null,
      ])

      const cartId = await twoParcelCart()
      expect((await homeDelivery(cartId)).amount).toBe(2 * 15_000)
      await shop.api.post(`/store/carts/${cartId}/delivery`, { code: "standard" }, shop.storeHeaders)
      expect(await shippingTotal(cartId)).toBe(2 * 15_000)

      // The cart's parcels follow the address: Medusa re-prices the chosen methods when it changes.
      await moveTo(cartId, HA_NOI)
      expect((await homeDelivery(cartId)).amount).toBe(2 * 45_000)
      expect(await shippingTotal(cartId)).toBe(2 * 45_000)
      await moveTo(cartId, HO_CHI_MINH)
      expect(await shippingTotal(cartId)).toBe(2 * 35_000)

      // A province written another way (an older client without codes) is the same province.
      await moveTo(cartId, { province: "tỉnh hà tĩnh", city: "Phường Thành Sen", metadata: {} })
      expect(await shippingTo(cartId)).toEqual({ province: "Hà Tĩnh", total: 2 * 15_000 })

      const { data: collection } = await shop.api.post<HttpTypes.StorePaymentCollectionResponse>(
        "/store/payment-collections",
        { cart_id: cartId },
        shop.storeHeaders
      )
      await shop.api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        shop.storeHeaders
      )
      const { data: completed } = await shop.api.post<HttpTypes.StoreCompleteCartResponse>(
        `/store/carts/${cartId}/complete`,
        {},
        shop.storeHeaders
      )
      const order = placedOrder(completed)
      expect(order.shipping_address?.province).toBe("Hà Tĩnh")
      expect(order.shipping_total).toBe(2 * 15_000)

      // A later change of the table leaves the placed order as it was.
      await setFees({ flat_fee: 50_000, provinces: [] })
      const { data: after } = await shop.api.get<{ order: HttpTypes.AdminOrder }>(
        `/admin/orders/${order.id}?fields=shipping_total`,
        office
      )
      expect(after.order.shipping_total).toBe(2 * 15_000)
      expect((await homeDelivery(await twoParcelCart())).amount).toBe(2 * 50_000)
    })

    it("gives a producer registered later the table's fees", async () => {
      await setFees({ flat_fee: 32_000, provinces: [{ province_code: "42", fee: 12_000 }] })
      await createProducerWorkflow(shop.container).run({
        input: {
          producer: {
            name: "HTX Thử Phí Giao Hàng",
            owner_type: "cooperative",
            tax_code: "3001234567",
            representative: "Trần Thị Bình",
            phone: "0912000111",
            email: "htx-thu-phi@example.vn",
            province: "Hà Tĩnh",
            commune: "Xã Hương Khê",
          },
        },
      })
      // Medusa's types stop at the option: its prices are read where the pricing module keeps them.
      const rows: { amount: string; province: string | null }[] = await shop
        .sql("shipping_option as so")
        .join("shipping_option_price_set as link", "link.shipping_option_id", "so.id")
        .join("price", "price.price_set_id", "link.price_set_id")
        .leftJoin("price_rule", function () {
          this.on("price_rule.price_id", "price.id").andOnNull("price_rule.deleted_at")
        })
        .where({ "so.name": "Giao hàng tiêu chuẩn · HTX Thử Phí Giao Hàng" })
        .whereNull("price.deleted_at")
        .select("price.amount", "price_rule.value as province")
      const prices = rows.map((row) => [Number(row.amount), row.province])
      expect(prices).toEqual(
        expect.arrayContaining([
          [32_000, null],
          [12_000, "Hà Tĩnh"],
        ])
      )
      expect(prices).toHaveLength(2)
    })

    it("refuses, in Vietnamese, a negative or fractional fee, an unknown province, a province twice, and keeps the table", async () => {
      await setFees({ flat_fee: 30_000, provinces: [{ province_code: "42", fee: 20_000 }] })
      const tries: [unknown, string][] = [
        [{ flat_fee: -1, provinces: [] }, "không được âm"],
        [{ flat_fee: 12_500.5, provinces: [] }, "số đồng nguyên"],
        [{ flat_fee: 30_000, provinces: [{ province_code: "42", fee: 5_000_000 }] }, "tối đa"],
        [{ flat_fee: 30_000, provinces: [{ province_code: "Hà Tĩnh", fee: 1 }] }, "2 chữ số"],
        [
          {
            flat_fee: 30_000,
            provinces: [
              { province_code: "42", fee: 1 },
              { province_code: "42", fee: 2 },
            ],
          },
          "bỏ dòng trùng",
        ],
        [{ flat_fee: 30_000 }, "danh sách"],
      ]
      for (const [body, sentence] of tries) {
        const answer = await setFees(body)
        expect([body, answer.status, answer.data.code]).toEqual([body, 400, ERROR_CODES.INVALID_DATA])
        expect(answer.data.message).toContain(sentence)
      }
      // A code of the right shape that names no province (the list skips numbers).
      const unknown = await setFees({ flat_fee: 30_000, provinces: [{ province_code: "99", fee: 1 }] })
      expect([unknown.status, unknown.data.code]).toEqual([400, ERROR_CODES.UNKNOWN_PROVINCE])
      expect(unknown.data.message).toContain("99")

      const { data } = await shop.api.get<FeesAnswer>("/admin/delivery-fees", office)
      expect(data.delivery_fees.flat_fee).toBe(30_000)
      expect(data.delivery_fees.provinces.find((p) => p.code === "42")!.fee).toBe(20_000)
      expect(data.delivery_fees.provinces.filter((p) => p.fee !== null)).toHaveLength(1)

      const stranger = await answerTo(shop.api.post("/admin/delivery-fees", { flat_fee: 0, provinces: [] }))
      expect(stranger.status).toBe(401)
    })

    it("reprices, in the crash sweep, the options a save killed half-way left at their old prices", async () => {
      await setFees({ flat_fee: 40_000, provinces: [{ province_code: "42", fee: 10_000 }] })
      const [set] = await homeDeliveryPriceSets(shop.container)
      // What a process killed between storing the table and pricing the options leaves behind.
      const leaveOldPrice = () =>
        shop.container
          .resolve<IPricingModuleService>(Modules.PRICING)
          .updatePriceSets(set.price_set_id, { prices: [{ currency_code: "vnd", amount: 30_000 }] })
      await leaveOldPrice()
      // A save younger than the grace period may still be pricing: it is left alone.
      expect(await homeDeliveryOffTable(shop.container, 120)).toEqual([])
      expect(await homeDeliveryOffTable(shop.container, 0)).toEqual([set.option_id])

      expect((await repairAfterCrash(shop.container, 0)).delivery_options_repriced).toBe(1)
      expect(await homeDeliveryOffTable(shop.container, 0)).toEqual([])
      const [repaired] = await homeDeliveryPriceSets(shop.container, [set.option_id])
      expect(repaired.prices.map((price) => [price.amount, price.rules]).sort()).toEqual([
        [10_000, { "shipping_address.province": "Hà Tĩnh" }],
        [40_000, {}],
      ])
    })
  },
})
