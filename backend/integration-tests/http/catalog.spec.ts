import { integrationTestRunner } from "./test-runner"
import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CatalogCard, CatalogPage, FacetValue } from "@ocop/contracts"
import { adminHeaders, answerTo, type Suite, seedDemoStore } from "./demo-store"

jest.setTimeout(180_000)

/** A store product with its variants' prices, as `fields=*variants.prices` adds them. */
type PricedProduct = Omit<HttpTypes.StoreProduct, "variants"> & {
  variants: (HttpTypes.StoreProductVariant & { prices: { currency_code: string; amount: number }[] })[]
}

integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    let storeHeaders: { headers: Record<string, string> }

    beforeAll(async () => {
      storeHeaders = await seedDemoStore(getContainer())
    })

    const catalog = async (params = "") => (await api.get<CatalogPage>(`/store/catalog?${params}`, storeHeaders)).data
    const admin = () => adminHeaders(api)

    /**
     * Facets without words or prices come from the counts kept per combination of facet values; with
     * a price bound (every demo card has a price) they are counted over the cards: both must agree.
     */
    const expectKeptCountsMatchCards = async (params: string[]) => {
      // The kept counts themselves cover every listed card (not only answers that happen to agree).
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const [{ kept }] = (
        await knex.raw<{ rows: { kept: number }[] }>("SELECT COALESCE(sum(cards), 0)::int AS kept FROM catalog_facet_count")
      ).rows
      expect(kept).toBe((await catalog("limit=0&price_min=0")).count)
      for (const filters of params) {
        const kept = await catalog(`${filters}&limit=0`)
        const counted = await catalog(`${filters}&limit=0&price_min=0`)
        expect({ filters, count: kept.count, facets: kept.facets }).toEqual({
          filters,
          count: counted.count,
          facets: counted.facets,
        })
      }
    }

    it("holds one card per listed product, with price, stars and the producer's place", async () => {
      const { count, cards, facets } = await catalog("limit=100")
      const listed = (
        await api.get<{ products: PricedProduct[] }>("/store/products?limit=100&fields=id,handle,*variants.prices", storeHeaders)
      ).data.products
      expect(count).toBe(24)
      expect(cards.map((c) => c.id).sort()).toEqual(listed.map((p) => p.id).sort())
      const keo = cards.find((c) => c.handle === "keo-cu-do-ha-tinh-nguyen-hang")!
      expect(keo).toEqual(
        expect.objectContaining({ stars: 3, product_set: 7, province: "Hà Tĩnh", commune: "Hương Long", in_stock: true })
      )
      const prices = listed
        .find((p) => p.handle === keo.handle)!
        .variants.flatMap((v) => v.prices.filter((price) => price.currency_code === "vnd").map((price) => price.amount))
      expect(keo.price_min).toBe(Math.min(...prices))
      const sum = (list: FacetValue[]) => list.reduce((total, bucket) => total + bucket.count, 0)
      expect(sum(facets.stars)).toBe(24)
      expect(sum(facets.product_set)).toBe(24)
      expect(facets.product_set.find((b) => b.value === "7")!.label).toBe("Chế biến từ rau, quả, hạt")
    })

    it("filters by facets, keeping the other values of a selected facet countable", async () => {
      const all = await catalog("limit=0")
      const four = all.facets.stars.find((b) => b.value === "4")!
      const filtered = await catalog("stars=4&limit=100")
      expect(filtered.count).toBe(four.count)
      expect(filtered.cards.every((c) => c.stars === 4)).toBe(true)
      expect(filtered.facets.stars).toEqual(all.facets.stars) // disjunctive: still every star level
      const provinces = filtered.facets.province.reduce((total, b) => total + b.count, 0)
      expect(provinces).toBe(four.count)

      const province = all.facets.province[0].value
      const both = await catalog(`stars=3,4&province=${encodeURIComponent(province)}&limit=100`)
      expect(both.cards.every((c) => [3, 4].includes(c.stars) && c.province === province)).toBe(true)

      const commune = all.facets.commune[0].value
      const producer = all.facets.producer[0].value
      await expectKeptCountsMatchCards([
        "",
        "stars=4",
        `stars=3,4&province=${encodeURIComponent(province)}`,
        `commune=${encodeURIComponent(commune)}&in_stock=true`,
        `producer=${producer}&product_set=7`,
      ])
    })

    it("finds products without diacritics, by title, producer or the district printed on old certificates", async () => {
      expect((await catalog("q=keo cu do")).cards.map((c) => c.handle)).toContain("keo-cu-do-ha-tinh-nguyen-hang")
      expect((await catalog("q=KẸO CU ĐƠ")).cards.map((c) => c.handle)).toContain("keo-cu-do-ha-tinh-nguyen-hang")
      const ducTho = await catalog("q=duc tho&limit=100")
      expect(ducTho.count).toBeGreaterThan(0) // no title names Đức Thọ: the district does
      expect((await catalog("q=khong co san pham nay")).count).toBe(0)
    })

    it("finds what was typed by ear or with a doubled letter, saying it matched by likeness, with counts, facets and pages that agree", async () => {
      const exact = await catalog("q=mat ong")
      expect(exact.matched).toBe("exact")
      const similar = await catalog("q=mat ongg&limit=100")
      expect(similar.matched).toBe("similar")
      expect(
        similar.cards
          .slice(0, 2)
          .map((c) => c.handle)
          .sort()
      ).toEqual(["mat-ong-cuong-nga", "mat-ong-vu-quang-trieu-thu"])
      expect(similar.count).toBe(similar.cards.length)
      // Each facet counts the same cards the page lists.
      expect(similar.facets.stars.reduce((sum, value) => sum + value.count, 0)).toBe(similar.count)
      // A facet narrows the likeness search like any other; pages do not overlap and add up to the count.
      const fourStars = await catalog("q=mat ongg&stars=4&limit=100")
      expect(fourStars.cards.every((c) => c.stars === 4)).toBe(true)
      expect(fourStars.count).toBe(similar.facets.stars.find((value) => value.value === "4")?.count)
      const pages = [await catalog("q=mat ongg&limit=2"), await catalog("q=mat ongg&limit=2&offset=2")]
      expect(pages[0].count).toBe(similar.count)
      expect(pages.flatMap((page) => page.cards.map((c) => c.id))).toEqual(similar.cards.slice(0, 4).map((c) => c.id))
      // An explicit sort orders the cards found by likeness.
      const byPrice = (await catalog("q=mat ongg&sort=price_asc&limit=100")).cards.map((c) => c.price_min)
      expect(byPrice).toEqual([...byPrice].sort((a, b) => a! - b!))
      expect(byPrice.length).toBe(similar.count)
    })

    it("answers search text that cannot match with an empty page, and too long a text with a Vietnamese refusal", async () => {
      for (const q of ["%21%3F%2E%20%E2%80%93", "%25", "___"]) {
        const page = await catalog(`q=${q}`)
        expect({ q, count: page.count, cards: page.cards }).toEqual({ q, count: 0, cards: [] })
      }
      // Empty or blank text is no search: the whole catalog.
      expect((await catalog("q=%20%20&limit=0")).count).toBe(24)
      const long = await answerTo(api.get(`/store/catalog?q=${"mật ong ".repeat(30)}`, storeHeaders))
      expect(long.status).toBe(400)
      expect(long.data).toMatchObject({ code: "invalid_data", message: expect.stringMatching(/tối đa 100 ký tự/) })
    })

    it("sorts by price and pages without overlap", async () => {
      const ascending = (await catalog("sort=price_asc&limit=100")).cards.map((c) => c.price_min)
      expect(ascending).toEqual([...ascending].sort((a, b) => a! - b!))
      const [first, second] = [await catalog("sort=title&limit=10"), await catalog("sort=title&limit=10&offset=10")]
      expect(first.cards.filter((c) => second.cards.some((d) => d.id === c.id))).toEqual([])
      const range = await catalog("price_min=50000&price_max=200000&limit=100")
      expect(range.cards.every((c) => c.price_min! >= 50_000 && c.price_min! <= 200_000)).toBe(true)
    })

    it("drops a product's card in the same request that revokes its certificate", async () => {
      const { cards } = await catalog("q=keo cu do")
      const keo = cards.find((c) => c.handle === "keo-cu-do-ha-tinh-nguyen-hang")!
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["certificates.id"], filters: { id: keo.id } })
      await api.post(
        `/admin/ocop/certificates/${data[0].certificates![0]!.id}/revoke`,
        { reason: "Vi phạm ghi nhãn" },
        await admin()
      )
      expect((await catalog("q=keo cu do")).cards.map((c) => c.id)).not.toContain(keo.id)
      expect((await catalog("limit=0")).count).toBe(23)
      await expectKeptCountsMatchCards(["", "stars=4"])
    })

    it("marks a card out of stock when its stock runs out", async () => {
      const { cards } = await catalog("q=keo cu do")
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["variants.inventory_items.inventory.location_levels.*"],
        filters: { id: cards[0].id },
      })
      const headers = await admin()
      for (const variant of data[0].variants!) {
        for (const item of variant!.inventory_items!) {
          for (const level of item!.inventory!.location_levels!) {
            await api.post(
              `/admin/inventory-items/${level!.inventory_item_id}/location-levels/${level!.location_id}`,
              { stocked_quantity: 0 },
              headers
            )
          }
        }
      }
      // Stock changes reach the card through a subscriber, just after the admin request returns.
      let card: CatalogCard | undefined
      for (let attempt = 0; attempt < 20; attempt++) {
        card = (await catalog("q=keo cu do")).cards.find((c) => c.id === cards[0].id)
        if (!card!.in_stock) break
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(card!.in_stock).toBe(false)
      expect((await catalog("in_stock=true&limit=100")).cards.map((c) => c.id)).not.toContain(cards[0].id)
      await expectKeptCountsMatchCards(["", "in_stock=true"])
    })

    it("refuses bad filters with a Vietnamese message", async () => {
      const error = await answerTo(api.get("/store/catalog?stars=2&price_min=-5&sort=cheapest", storeHeaders))
      expect(error.status).toBe(400)
      expect(error.data.message).toMatch(/3, 4 hoặc 5/)
      expect(error.data.message).toMatch(/không được âm/)
      expect(error.data.message).toMatch(/sắp xếp/)
      const inverted = await answerTo(api.get("/store/catalog?price_min=200000&price_max=100000", storeHeaders))
      expect(inverted.status).toBe(400)
      expect(inverted.data.message).toMatch(/Giá từ phải nhỏ hơn/)
    })
  },
})
