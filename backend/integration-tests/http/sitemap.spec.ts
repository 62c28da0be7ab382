import { integrationTestRunner } from "./test-runner"
import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CatalogPage } from "@ocop/contracts"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"
import { SHOWROOM_MODULE } from "../../src/modules/showroom"
import type ShowroomModuleService from "../../src/modules/showroom/service"
import { DEMO_SHOWROOMS } from "../../src/scripts/seed"
import { adminHeaders, type Refusal, type Suite, seedDemoStore } from "./demo-store"

jest.setTimeout(240_000)

type Entry = { handle: string; lastmod: string }
/** The sitemap without a kind: how many pages of each kind, and when the newest of them changed. */
type Summary = {
  page_size: number
  count: { products: number; producers: number; showrooms: number }
  lastmod: { products: string | null; showrooms: string | null }
}

integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    let storeHeaders: { headers: Record<string, string> }

    beforeAll(async () => {
      storeHeaders = await seedDemoStore(getContainer())
    })

    const sitemap = async <Body = Summary>(params = "") => (await api.get<Body>(`/store/sitemap?${params}`, storeHeaders)).data
    const entries = async (kind: string, params = ""): Promise<Entry[]> =>
      (await sitemap<{ entries: Entry[] }>(`kind=${kind}&${params}`)).entries
    const handles = (list: Entry[]) => list.map((entry) => entry.handle)
    /** Every listed product as the store API sees it: the storefront channel's products. */
    const listedProducts = async () =>
      (
        await api.get<HttpTypes.StoreProductListResponse>("/store/products?limit=100&fields=handle", storeHeaders)
      ).data.products.map((p) => p.handle)
    const productOf = async (handle: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["id", "certificates.id", "producer.id", "producer.handle"],
        filters: { handle },
      })
      return data[0]
    }

    it("lists every listed product's page exactly once, with when its card last changed", async () => {
      const listed = await listedProducts()
      expect(listed).toHaveLength(24)
      const all = await entries("products")
      expect(handles(all).sort()).toEqual([...listed].sort())
      expect(new Set(handles(all)).size).toBe(all.length)
      for (const entry of all) expect(new Date(entry.lastmod).getTime()).toBeGreaterThan(Date.parse("2020-01-01"))
      expect(handles(all)).not.toContain("cam-nhat-quang-thuong-loc") // revoked in the demo data
      expect(handles(all)).not.toContain("nhung-huou-chien-son") // expired

      // Pages without overlap or gaps: the same list, 10 at a time.
      const paged = [
        ...(await entries("products", "limit=10")),
        ...(await entries("products", "limit=10&offset=10")),
        ...(await entries("products", "limit=10&offset=20")),
      ]
      expect(paged).toEqual(all)
      expect(await entries("products", "offset=24")).toEqual([])

      const summary = await sitemap()
      expect(summary.page_size).toBe(50_000)
      expect(summary.count.products).toBe(24)
      expect(summary.lastmod.products).toBe(
        all
          .map((e) => e.lastmod)
          .sort()
          .at(-1)
      )
    })

    it("drops a product from the sitemap as soon as its certificate is revoked", async () => {
      const product = await productOf("nuoc-mam-ky-phu")
      expect(handles(await entries("products"))).toContain("nuoc-mam-ky-phu")

      const { status } = await api.post(
        `/admin/ocop/certificates/${product.certificates![0]!.id}/revoke`,
        { reason: "Vi phạm quy định ghi nhãn hàng hoá" },
        await adminHeaders(api)
      )
      expect(status).toBe(200)
      const after = await entries("products")
      expect(handles(after)).not.toContain("nuoc-mam-ky-phu")
      expect(after).toHaveLength(23)
      expect((await sitemap()).count.products).toBe(23)
    })

    it("lists the approved producers that have a listed product, and drops a suspended one", async () => {
      const { cards } = (await api.get<CatalogPage>("/store/catalog?limit=100", storeHeaders)).data
      const withListed = [...new Set(cards.map((card) => card.producer_handle as string))].sort()
      expect(handles(await entries("producers"))).toEqual(withListed)
      expect((await sitemap()).count.producers).toBe(withListed.length)
      const producers = getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE)
      const notApproved = await producers.listProducers({ status: ["pending", "suspended"] }, { select: ["handle"], take: null })
      for (const { handle } of notApproved) expect(withListed).not.toContain(handle)

      // A producer's page shows its profile: editing it moves the page's lastmod.
      const producer = (await productOf("keo-cu-do-ha-tinh-nguyen-hang")).producer!
      const before = (await entries("producers")).find((p) => p.handle === producer.handle)!
      await producers.updateProducers({ id: producer.id, story: "Ba thế hệ làm kẹo cu đơ bằng mật mía và gừng tươi." })
      const [edited] = await producers.listProducers({ id: producer.id }, { select: ["updated_at"] })
      const entry = (await entries("producers")).find((p) => p.handle === producer.handle)!
      expect(Date.parse(entry.lastmod)).toBeGreaterThan(Date.parse(before.lastmod))
      expect(Date.parse(entry.lastmod)).toBeGreaterThanOrEqual(new Date(edited.updated_at).getTime())

      const suspended = await api.post(
        `/admin/producers/${producer.id}/suspend`,
        { reason: "Kiểm tra an toàn thực phẩm" },
        await adminHeaders(api)
      )
      expect(suspended.status).toBe(200)
      expect(handles(await entries("producers"))).not.toContain(producer.handle)
      expect(handles(await entries("products"))).not.toContain("keo-cu-do-ha-tinh-nguyen-hang")
    })

    it("lists the open showrooms only", async () => {
      const open = await entries("showrooms")
      expect(handles(open)).toEqual(DEMO_SHOWROOMS.map((s) => s.handle).sort())
      expect((await sitemap()).count.showrooms).toBe(DEMO_SHOWROOMS.length)

      const showrooms = getContainer().resolve<ShowroomModuleService>(SHOWROOM_MODULE)
      const [closing] = await showrooms.listShowrooms({ handle: DEMO_SHOWROOMS[0].handle }, { select: ["id"] })
      await showrooms.updateShowrooms({ id: closing.id, active: false })
      expect(handles(await entries("showrooms"))).toEqual([DEMO_SHOWROOMS[1].handle])
      const summary = await sitemap()
      expect(summary.count.showrooms).toBe(1)
      expect(summary.lastmod.showrooms).toBe(open.find((s) => s.handle === DEMO_SHOWROOMS[1].handle)!.lastmod)
    })

    it("refuses an unknown kind or an oversized page in Vietnamese, with a code", async () => {
      for (const params of ["kind=orders", "kind=products&limit=50001", "kind=products&offset=-1", "kind=products&limit=abc"]) {
        const { status, data } = await api.get<Refusal>(`/store/sitemap?${params}`, {
          ...storeHeaders,
          validateStatus: () => true,
        })
        expect(status).toBe(400)
        expect(data.code).toBe("invalid_data")
        expect(data.message).toMatch(/[ạảãâầấậơờớợưừứựđ]/i)
      }
    })
  },
})
