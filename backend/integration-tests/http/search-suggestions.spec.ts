import type { HttpTypes } from "@medusajs/framework/types"
import {
  type CatalogCard,
  type CatalogPage,
  type CatalogSuggestions,
  ERROR_CODES,
  type PopularProducts,
  type ProductDetail,
} from "@ocop/contracts"
import { integrationTestRunner } from "./test-runner"
import { adminHeaders, answerTo, placedOrder, readyCart, type Suite, seedDemoStore, demoRegionId } from "./demo-store"

jest.setTimeout(300_000)

/** Suggestions while typing, "did you mean" and the popular products an empty search offers (issue 18), on the demo catalog. */
integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    let storeHeaders: { headers: Record<string, string> }
    let regionId: string

    beforeAll(async () => {
      const container = getContainer()
      storeHeaders = await seedDemoStore(container)
      regionId = await demoRegionId(container)
    })

    const suggest = async (q: string) =>
      (await api.get<CatalogSuggestions>(`/store/catalog/suggestions?q=${encodeURIComponent(q)}`, storeHeaders)).data
    const popular = async (query = "") => (await api.get<PopularProducts>(`/store/catalog/popular${query}`, storeHeaders)).data
    const catalog = async (q: string) =>
      (await api.get<CatalogPage>(`/store/catalog?q=${encodeURIComponent(q)}`, storeHeaders)).data

    describe("suggestions while typing", () => {
      it("suggests products with and without diacritics and in a dialect spelling, as the catalog finds them", async () => {
        for (const q of ["nước mắm", "nuoc mam", "NUOC MAM"]) {
          const { products } = await suggest(q)
          expect(products.map((p) => p.handle)).toEqual(
            expect.arrayContaining(["nuoc-mam-sanh-ngoc-tich", "nuoc-mam-ky-phu", "nuoc-mam-cua-lo"])
          )
          expect(Object.keys(products[0]).sort()).toEqual(["handle", "price_min", "stars", "thumbnail", "title"])
          expect(products[0].price_min).toBeGreaterThan(0)
        }
        expect((await suggest("súc sích")).products[0].handle).toBe("xuc-xich-luong-ha")
        expect((await suggest("mat ongg")).products.map((p) => p.handle)).toEqual(
          expect.arrayContaining(["mat-ong-vu-quang-trieu-thu", "mat-ong-cuong-nga"])
        )
      })

      it("suggests producers and communes whose names hold the words, or are like them, with their product counts", async () => {
        const honey = await suggest("mat ong")
        expect(honey.producers).toEqual(
          expect.arrayContaining([{ handle: expect.any(String), name: "HTX Mật ong Cường Nga", count: 1 }])
        )
        const { communes } = await suggest("thach kim")
        // Thạch Kim's listed product: the fish sauce in earthenware jars.
        expect(communes[0]).toEqual({ name: "Thạch Kim", province: "Hà Tĩnh", count: 1 })
        // "Trường" as the South writes it: "chuong".
        expect((await suggest("kim song chuong")).communes.map((c) => c.name)).toEqual(["Kim Song Trường"])
        expect((await suggest("qxzqxz")).producers).toEqual([])
      })

      it("lists at most 5 products, 3 producers and 3 communes", async () => {
        // Every Hà Tĩnh card names "ha" (the province), and many producers and communes begin with "h".
        const many = await suggest("h")
        expect(many.products).toHaveLength(5)
        expect(many.producers).toHaveLength(3)
        expect(many.communes).toHaveLength(3)
      })

      it("answers punctuation with nothing, and refuses an empty, missing or overlong query with a code", async () => {
        expect(await suggest("…!?")).toEqual({ products: [], producers: [], communes: [] })
        for (const query of ["", "?q=", "?q=%20%20", `?q=${"a".repeat(101)}`]) {
          const answer = await answerTo(api.get(`/store/catalog/suggestions${query}`, storeHeaders))
          expect({ query, status: answer.status, code: answer.data.code }).toEqual({
            query,
            status: 400,
            code: ERROR_CODES.INVALID_DATA,
          })
          expect(answer.data.message).toMatch(/Nhập từ khoá cần gợi ý|tối đa 100 ký tự/)
        }
      })
    })

    describe("did you mean", () => {
      it("offers the titles' spelling when the cards were found only by likeness, and nothing for an exact match", async () => {
        const similar = await catalog("mat ongg")
        expect(similar.matched).toBe("similar")
        expect(similar.did_you_mean).toBe("mật ong")
        const exact = await catalog("mat ong")
        expect(exact.matched).toBe("exact")
        expect(exact.did_you_mean).toBeNull()
        expect((await api.get<CatalogPage>("/store/catalog", storeHeaders)).data.did_you_mean).toBeNull()
      })
    })

    describe("popular products", () => {
      const variantOf = async (handle: string) =>
        (await api.get<{ product: ProductDetail }>(`/store/catalog/${handle}`, storeHeaders)).data.product
      const order = async (handle: string, quantity: number) => {
        const product = await variantOf(handle)
        const cartId = await readyCart(api, storeHeaders, regionId, [{ variant_id: product.packagings[0].id, quantity }])
        const { data } = await api.post<HttpTypes.StoreCompleteCartResponse>(`/store/carts/${cartId}/complete`, {}, storeHeaders)
        return placedOrder(data)
      }
      const byStarsThenNewest = (cards: CatalogCard[]) =>
        [...cards].sort((a, b) => b.stars - a.stars || b.listed_at.localeCompare(a.listed_at)).map((c) => c.handle)

      it("ranks listed products by units ordered in the last 90 days, cancelled orders left out, then stars and newest", async () => {
        const before = await popular("?limit=20")
        expect(before.province).toBeNull()
        expect(before.cards).toHaveLength(20)
        // Nothing ordered yet: the most stars first, then the newest.
        expect(before.cards.map((c) => c.handle)).toEqual(byStarsThenNewest(before.cards))

        // A 3★ product ordered twice (3 units) beats one ordered once (2 units); a cancelled order of 9 counts nothing.
        await order("keo-cu-do-ha-tinh-nguyen-hang", 2)
        await order("keo-cu-do-ha-tinh-nguyen-hang", 1)
        await order("banh-da-vung-ha-tam", 2)
        const cancelled = await order("xuc-xich-luong-ha", 9)
        await api.post(`/admin/orders/${cancelled.id}/cancel`, {}, await adminHeaders(api))

        const after = (await popular("?limit=5")).cards.map((c) => c.handle)
        expect(after.slice(0, 2)).toEqual(["keo-cu-do-ha-tinh-nguyen-hang", "banh-da-vung-ha-tam"])
        expect(after).toHaveLength(5)
        expect(after).not.toContain("xuc-xich-luong-ha")

        // Only listed products: the best seller's producer suspended, its card leaves the list.
        const producerHandle = (await popular("?limit=1")).cards[0].producer_handle
        const { producer } = (await api.get<{ producer: { id: string } }>(`/store/producers/${producerHandle}`, storeHeaders))
          .data
        await api.post(`/admin/producers/${producer.id}/suspend`, { reason: "Kiểm tra chất lượng" }, await adminHeaders(api))
        const listed = (await popular("?limit=20")).cards.map((c) => c.handle)
        expect(listed).not.toContain("keo-cu-do-ha-tinh-nguyen-hang")
        expect(listed[0]).toBe("banh-da-vung-ha-tam")
      })

      it("keeps to the province asked for, and answers an unknown one with nothing", async () => {
        const ngheAn = await popular(`?province=${encodeURIComponent("Nghệ An")}`)
        expect(ngheAn.province).toBe("Nghệ An")
        expect(ngheAn.cards.length).toBeGreaterThan(0)
        expect(ngheAn.cards.every((c) => c.province === "Nghệ An")).toBe(true)
        expect((await popular("?province=Atlantis")).cards).toEqual([])
        const refused = await answerTo(api.get("/store/catalog/popular?limit=500", storeHeaders))
        expect({ status: refused.status, code: refused.data.code }).toEqual({ status: 400, code: ERROR_CODES.INVALID_DATA })
      })
    })
  },
})
