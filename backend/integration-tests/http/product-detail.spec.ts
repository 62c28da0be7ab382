import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { integrationTestRunner } from "./test-runner"
import type { HttpTypes } from "@medusajs/framework/types"
import type { CertificateSummary, ProducerProfile, ProductDetail, ShowroomStocking } from "@ocop/contracts"
import { DEMO_SHOWROOMS } from "../../src/scripts/seed"
import { adminHeaders, demoLogin, refused, type Suite, seedDemoStore, demoRegionId } from "./demo-store"

jest.setTimeout(240_000)

const FISH_SAUCE = "nuoc-mam-ky-phu"
const FISH_SAUCE_PRODUCER = "htx-thuong-mai-va-che-bien-thuy-hai-san-ky-phu@ocop.local"

/**
 * The product page's one read (GET /store/catalog/:handle) against Medusa's own answers for the same
 * product: what it shows must be what Medusa stores, and must follow every change that reaches a card.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    let storeHeaders: { headers: Record<string, string> }
    let regionId: string

    beforeAll(async () => {
      storeHeaders = await seedDemoStore(getContainer())
      regionId = await demoRegionId(getContainer())
    })

    const detail = async (handle: string) =>
      (await api.get<{ product: ProductDetail }>(`/store/catalog/${handle}`, storeHeaders)).data.product

    /** Changes reach the read model through a subscriber just after the request that made them returns. */
    async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
      let value = await read()
      for (let attempt = 0; attempt < 50 && !done(value); attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        value = await read()
      }
      return value
    }

    it("answers what Medusa stores: text, pictures, certified packagings with price and stock, certificates, producer, showrooms", async () => {
      const product = await detail(FISH_SAUCE)
      const { data } = await api.get<HttpTypes.StoreProductListResponse>(
        `/store/products?handle=${FISH_SAUCE}&region_id=${regionId}&fields=*variants.calculated_price,+variants.inventory_quantity,*images,*categories`,
        storeHeaders
      )
      const stored = data.products[0]
      const { data: certificates } = await api.get<{ certificates: CertificateSummary[] }>(
        `/store/ocop/certificates?product_id=${stored.id}`,
        storeHeaders
      )
      const { data: producer } = await api.get<{ producer: ProducerProfile }>(
        `/store/products/${stored.id}/producer`,
        storeHeaders
      )
      const { data: showrooms } = await api.get<{ showrooms: ShowroomStocking[] }>(
        `/store/products/${stored.id}/showrooms`,
        storeHeaders
      )

      expect(product).toMatchObject({
        id: stored.id,
        handle: FISH_SAUCE,
        title: stored.title,
        description: stored.description,
        thumbnail: stored.thumbnail,
        category: stored.categories![0]?.name ?? null,
        producer: producer.producer,
      })
      expect(product.images).toEqual([...stored.images!].sort((a, b) => a.rank - b.rank).map((image) => image.url))
      const covered = new Set(certificates.certificates.flatMap((c) => c.skus.map((sku) => sku.variant_id)))
      expect(product.packagings.map((p) => p.id).sort()).toEqual(
        stored
          .variants!.filter((v) => covered.has(v.id))
          .map((v) => v.id)
          .sort()
      )
      for (const packaging of product.packagings) {
        const variant = stored.variants!.find((v) => v.id === packaging.id)!
        expect(packaging).toMatchObject({
          title: variant.title,
          sku: variant.sku,
          price: variant.calculated_price!.calculated_amount,
          available: variant.inventory_quantity,
        })
      }
      expect(product.certificates.map((c) => c.id)).toEqual(certificates.certificates.map((c) => c.id))
      expect(product.certificates[0].skus).toEqual(certificates.certificates[0].skus)
      // The page shows the decision as summarised, without the portal's renewal bookkeeping.
      expect(certificates.certificates[0]).toMatchObject(product.certificates[0])
      expect(product.certificates[0]).toHaveProperty("decision_number", certificates.certificates[0].decision_number)
      expect(product.certificates[0]).toHaveProperty("valid_until")
      expect(product.certificates[0]).not.toHaveProperty("renewal_window")
      expect(product.showrooms.map((s) => s.handle).sort()).toEqual(showrooms.showrooms.map((s) => s.handle).sort())
    })

    it("follows a changed price, a sold-out packaging and a new showroom shelf", async () => {
      const producer = await demoLogin(api, "producer", FISH_SAUCE_PRODUCER)
      const before = await detail(FISH_SAUCE)
      const [packaging] = before.packagings

      await api.post(
        `/producer/products/${before.id}/variants/${packaging.id}`,
        { price: packaging.price! + 1000, stock: 0 },
        producer
      )
      const changed = await eventually(
        () => detail(FISH_SAUCE),
        (p) => p.packagings.find((x) => x.id === packaging.id)!.available === 0
      )
      expect(changed.packagings.find((x) => x.id === packaging.id)).toMatchObject({
        price: packaging.price! + 1000,
        available: 0,
      })

      // A showroom receives a packaging it did not hold: the page says where to buy it in person.
      const holds = (p: ProductDetail, handle: string, title: string) =>
        p.showrooms.some((s) => s.handle === handle && s.packagings.includes(title))
      const pairs = DEMO_SHOWROOMS.flatMap((showroom) => before.packagings.map((p) => ({ showroom, packaging: p })))
      const fresh = pairs.find(({ showroom, packaging: p }) => !holds(before, showroom.handle, p.title))!
      expect(fresh).toBeDefined()
      const staff = await demoLogin(api, "showroom_staff", fresh.showroom.staff.email)
      await api.post("/showroom/receipts", { lines: [{ sku: fresh.packaging.sku, quantity: 4 }] }, staff)
      const stocked = await eventually(
        () => detail(FISH_SAUCE),
        (p) => holds(p, fresh.showroom.handle, fresh.packaging.title)
      )
      expect(stocked.showrooms.find((s) => s.handle === fresh.showroom.handle)).toMatchObject({ name: fresh.showroom.name })
    })

    it("tells the storefront to reload product pages once the cards show a change, and not when nothing changed", async () => {
      // A stand-in storefront that, when told, reads the page's data as a shopper's next request would.
      const seen: (number | null)[] = []
      const storefront = createServer((request, response) => {
        if (request.headers["x-revalidate-secret"] !== "test-secret") return void response.writeHead(401).end()
        void detail(FISH_SAUCE).then((product) => {
          seen.push(product.packagings[0].price)
          response.writeHead(200).end("{}")
        })
      })
      await new Promise<void>((resolve) => storefront.listen(0, "127.0.0.1", resolve))
      process.env.STOREFRONT_URL = `http://127.0.0.1:${(storefront.address() as AddressInfo).port}`
      process.env.REVALIDATE_SECRET = "test-secret"
      try {
        const producer = await demoLogin(api, "producer", FISH_SAUCE_PRODUCER)
        const product = await detail(FISH_SAUCE)
        const [packaging] = product.packagings
        const price = packaging.price! + 5000
        await api.post(`/producer/products/${product.id}/variants/${packaging.id}`, { price }, producer)
        await eventually(
          async () => seen.length,
          (count) => count > 0
        )
        expect(seen).toEqual([price])

        // The same price again: the refresh rewrites no card, so cached pages stay.
        await api.post(`/producer/products/${product.id}/variants/${packaging.id}`, { price }, producer)
        await new Promise((resolve) => setTimeout(resolve, 1500))
        expect(seen).toEqual([price])
      } finally {
        delete process.env.STOREFRONT_URL
        delete process.env.REVALIDATE_SECRET
        storefront.close()
      }
    })

    it("answers 404 as soon as the product's certificate is revoked", async () => {
      const product = await detail(FISH_SAUCE)
      const office = await adminHeaders(api)
      for (const certificate of product.certificates) {
        await api.post(
          `/admin/ocop/certificates/${certificate.id}/revoke`,
          { reason: "Sai khác nhãn so với mẫu đã đăng ký" },
          office
        )
      }
      expect(await refused(api.get(`/store/catalog/${FISH_SAUCE}`, storeHeaders), 404)).toMatch(/Không tìm thấy sản phẩm/)
    })
  },
})
