import { integrationTestRunner } from "./test-runner"
import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { DeliveryOffer } from "../../src/queries/cart-delivery"
import type { UnsellablePackaging } from "../../src/queries/sellable-packaging"
import seedDemoData from "../../src/scripts/seed"
import {
  adminHeaders,
  answerTo,
  cartWith as cartWithLines,
  type HttpError,
  placedOrder,
  type Suite,
  seedDemoStore,
  demoRegionId,
} from "./demo-store"

jest.setTimeout(180_000)

/** A listed product with what the storefront asks of its variants: the calculated price and the stock. */
type ListedProduct = Omit<HttpTypes.StoreProduct, "variants"> & {
  variants: (HttpTypes.StoreProductVariant &
    Required<Pick<HttpTypes.StoreProductVariant, "calculated_price">> & { inventory_quantity: number })[]
}

integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    let storeHeaders: { headers: Record<string, string> }
    let regionId: string

    // Seeded once; the runner snapshots the database after this and restores it before each test.
    beforeAll(async () => {
      const container = getContainer()
      storeHeaders = await seedDemoStore(container)
      regionId = await demoRegionId(container)
    })

    async function listedProducts() {
      const { data } = await api.get<{ products: ListedProduct[] }>(
        `/store/products?limit=100&region_id=${regionId}&fields=title,handle,*variants.calculated_price,variants.title,+variants.inventory_quantity`,
        storeHeaders
      )
      return data.products
    }

    const cartWith = (items: { variant_id: string; quantity: number }[]) => cartWithLines(api, storeHeaders, regionId, items)

    async function placeCodOrder(cartId: string) {
      const { data: choices } = await api.get<{ delivery_choices: DeliveryOffer[] }>(
        `/store/carts/${cartId}/delivery`,
        storeHeaders
      )
      await api.post(`/store/carts/${cartId}/delivery`, { code: "standard" }, storeHeaders)
      const { data: collection } = await api.post<HttpTypes.StorePaymentCollectionResponse>(
        "/store/payment-collections",
        { cart_id: cartId },
        storeHeaders
      )
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        storeHeaders
      )
      const { data } = await api.post<HttpTypes.StoreCompleteCartResponse>(`/store/carts/${cartId}/complete`, {}, storeHeaders)
      return { result: data, deliveryChoices: choices.delivery_choices }
    }

    it("lists only certified products (24 of 30), each with 1–3 VND-priced packagings in stock", async () => {
      const products = await listedProducts()
      expect(products).toHaveLength(24) // 30 rows in the CSV, 6 expired or revoked
      for (const product of products) {
        expect(product.variants.length).toBeGreaterThanOrEqual(1)
        expect(product.variants.length).toBeLessThanOrEqual(3)
        for (const variant of product.variants) {
          expect(variant.calculated_price.currency_code).toBe("vnd")
          expect(Number.isInteger(variant.calculated_price.calculated_amount)).toBe(true)
          expect(variant.calculated_price.is_calculated_price_tax_inclusive).toBe(true)
          expect(variant.inventory_quantity).toBeGreaterThan(0)
        }
      }
      const handles = products.map((p) => p.handle)
      expect(handles).toContain("keo-cu-do-ha-tinh-nguyen-hang")
      expect(handles).not.toContain("cam-nhat-quang-thuong-loc") // revoked
      expect(handles).not.toContain("muc-kho-ngoc-diep") // expired
    })

    it("seeds idempotently: a second run creates nothing new", async () => {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
      const before = [await count("product"), await count("stock_location"), await count("shipping_option")]
      await seedDemoData({ container, args: [] })
      expect([await count("product"), await count("stock_location"), await count("shipping_option")]).toEqual(before)
    })

    it("places a cash-on-delivery order that the coordination office sees in the admin API", async () => {
      const [product] = await listedProducts()
      const cartId = await cartWith([{ variant_id: product.variants[0].id, quantity: 2 }])
      const { result } = await placeCodOrder(cartId)

      const order = placedOrder(result)
      expect(order.display_id).toEqual(expect.any(Number))
      expect(order.currency_code).toBe("vnd")
      // Tax-inclusive prices: the customer pays exactly price × quantity + the 30.000 ₫ delivery fee.
      expect(order.total).toBe(product.variants[0].calculated_price.calculated_amount! * 2 + 30_000)

      const { data } = await api.get<HttpTypes.AdminOrderResponse>(
        `/admin/orders/${order.id}?fields=id,display_id,*payment_collections.payment_sessions`,
        await adminHeaders(api)
      )
      expect(data.order.display_id).toBe(order.display_id)
      expect(data.order.payment_collections[0].payment_sessions![0].provider_id).toBe("pp_system_default")
    })

    it("ships a two-producer cart as one parcel per producer, each with its own delivery fee", async () => {
      const products = await listedProducts()
      // Kỳ Phú fish sauce and Hương Long cu đơ candy: two producers, two warehouses.
      const [a, b] = ["nuoc-mam-ky-phu", "keo-cu-do-ha-tinh-nguyen-hang"].map(
        (handle) => products.find((p) => p.handle === handle)!
      )
      const cartId = await cartWith([
        { variant_id: a.variants[0].id, quantity: 1 },
        { variant_id: b.variants[0].id, quantity: 1 },
      ])
      const { result, deliveryChoices } = await placeCodOrder(cartId)

      // Both demo showrooms hold both products, so collecting there is offered too (see showroom-pickup.spec.ts).
      const home = deliveryChoices.filter((choice) => !choice.pickup)
      expect(home).toEqual([expect.objectContaining({ code: "standard", label: "Giao hàng tiêu chuẩn", amount: 60_000 })])
      expect(home[0].parcels).toHaveLength(2)
      const order = placedOrder(result)
      expect(order.shipping_methods).toHaveLength(2)
      expect(order.shipping_total).toBe(60_000)
    })

    it("refuses an unknown delivery kind with a Vietnamese message and adds no shipping method", async () => {
      const [product] = await listedProducts()
      const cartId = await cartWith([{ variant_id: product.variants[0].id, quantity: 1 }])
      const error = await answerTo(api.post(`/store/carts/${cartId}/delivery`, { code: "teleport" }, storeHeaders))
      expect(error.status).toBe(400)
      expect(error.data.message).toMatch(/không áp dụng/)
      const { data } = await api.get<HttpTypes.StoreCartResponse>(`/store/carts/${cartId}`, storeHeaders)
      expect(data.cart.shipping_methods).toHaveLength(0)
    })

    it("refuses a quantity above stock with a message and keeps the cart as it was", async () => {
      const [product] = await listedProducts()
      const variant = product.variants[0]
      const { data } = await api.post<HttpTypes.StoreCartResponse>("/store/carts", { region_id: regionId }, storeHeaders)
      const error = await answerTo(
        api.post(
          `/store/carts/${data.cart.id}/line-items`,
          { variant_id: variant.id, quantity: variant.inventory_quantity + 1 },
          storeHeaders
        )
      )
      expect(error.status).toBe(400)
      expect(error.data).toMatchObject({ code: "insufficient_inventory", message: expect.stringMatching(/không còn đủ hàng/) })
      expect(error.statusText).toBe("insufficient_inventory") // what the storefront's SDK error keeps
      const { data: after } = await api.get<HttpTypes.StoreCartResponse>(`/store/carts/${data.cart.id}`, storeHeaders)
      expect(after.cart.items).toHaveLength(0)
    })

    describe("the purchase guard", () => {
      const certificateIdOf = async (productId: string) => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "product",
          fields: ["certificates.id", "certificates.status"],
          filters: { id: productId },
        })
        return data[0].certificates!.find((c) => c!.status === "valid")!.id
      }
      const orderCount = async () =>
        (
          await getContainer()
            .resolve(Modules.ORDER)
            .listOrders({}, { select: ["id"] })
        ).length

      it("blocks ordering a cart line whose certificate was revoked after it was added, and keeps the cart", async () => {
        const [product] = await listedProducts()
        const cartId = await cartWith([{ variant_id: product.variants[0].id, quantity: 1 }])
        await api.post(
          `/admin/ocop/certificates/${await certificateIdOf(product.id)}/revoke`,
          { reason: "Không đáp ứng tiêu chí khi kiểm tra đột xuất" },
          await adminHeaders(api)
        )
        const { data: check } = await api.get<{ blocked_lines: (UnsellablePackaging & { line_item_id: string })[] }>(
          `/store/carts/${cartId}/certification`,
          storeHeaders
        )
        expect(check.blocked_lines).toEqual([
          expect.objectContaining({ variant_id: product.variants[0].id, product_title: product.title }),
        ])

        const before = await orderCount()
        const error = await answerTo(placeCodOrder(cartId))
        expect(error.status).toBe(400)
        expect(error.data.message).toContain(`"${product.title}"`)
        expect(error.data.message).toMatch(/không còn giấy chứng nhận OCOP hiệu lực/)
        expect(await orderCount()).toBe(before)
        const { data } = await api.get<HttpTypes.StoreCartResponse>(`/store/carts/${cartId}`, storeHeaders)
        expect(data.cart.completed_at).toBeNull()
        expect(data.cart.items).toHaveLength(1)
      })

      it("refuses to add, or create a cart with, a packaging the certificate does not cover", async () => {
        const product = (await listedProducts()).find((p) => p.variants.length > 1)!
        const [covered, uncovered] = product.variants
        // Re-recognition covering only the first packaging leaves the others unsellable.
        await api
          .post(
            `/admin/ocop/certificates/${await certificateIdOf(product.id)}/renew`,
            {
              decision_number: "9001/QĐ-UBND",
              decision_date: "2026-11-01",
              issuer: "UBND tỉnh Hà Tĩnh",
              stars: 4,
              program_year: 2026,
              legal_basis: "26/2026",
              issued_at: "2026-11-01",
              skus: [{ variant_id: covered.id, packaging: covered.title }],
            },
            await adminHeaders(api)
          )
          .catch((e: HttpError) => Promise.reject(new Error(e.response?.data?.message ?? e.message)))
        const cartId = await cartWith([{ variant_id: covered.id, quantity: 1 }])
        const added = await answerTo(
          api.post(`/store/carts/${cartId}/line-items`, { variant_id: uncovered.id, quantity: 1 }, storeHeaders)
        )
        expect(added.status).toBe(400)
        expect(added.data.message).toContain(`"${product.title}" (${uncovered.title})`)
        expect(added.data.message).toMatch(/không thuộc giấy chứng nhận OCOP/)
        expect((await api.get<HttpTypes.StoreCartResponse>(`/store/carts/${cartId}`, storeHeaders)).data.cart.items).toHaveLength(
          1
        )

        const created = await answerTo(
          api.post("/store/carts", { region_id: regionId, items: [{ variant_id: uncovered.id, quantity: 1 }] }, storeHeaders)
        )
        expect(created.status).toBe(400)
        expect(created.data.message).toMatch(/không thuộc giấy chứng nhận OCOP/)

        const { result } = await placeCodOrder(cartId)
        expect(result.type).toBe("order")
      })
    })
  },
})
