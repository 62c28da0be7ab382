import { PassThrough } from "node:stream"
import { text } from "node:stream/consumers"
import { integrationTestRunner } from "./test-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parse } from "csv-parse/sync"
import { XMLParser } from "fast-xml-parser"
import { CATALOG_MODULE } from "../../src/modules/catalog"
import type CatalogModuleService from "../../src/modules/catalog/service"
import { FEED_MODULE } from "../../src/modules/feed"
import type FeedModuleService from "../../src/modules/feed/service"
import { type Feed, type FeedPreviewItem, type FeedRun, isCertificateValid, validUntil } from "@ocop/contracts"
import { writeFeed } from "../../src/workflows/feeds/generate-feed"
import { adminHeaders, refused, type Suite, seedDemoStore } from "./demo-store"

jest.setTimeout(240_000)

const STOREFRONT = "http://localhost:8000"

/** Social catalog feeds: what each platform reads, only what may be sold, served to their crawlers. */
integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      await seedDemoStore(getContainer())
    })
    beforeEach(async () => {
      admin = await adminHeaders(api)
    })

    async function createFeed(body: Record<string, unknown>) {
      const { data } = await api.post<{ feed: Feed }>("/admin/feeds", { name: "Chiến dịch Tết", filters: {}, ...body }, admin)
      return data.feed
    }
    async function generate(feed: { id: string }) {
      const { data } = await api.post<{ run: FeedRun }>(`/admin/feeds/${feed.id}/generate`, {}, admin)
      return data.run
    }
    /** A platform's crawler: the feed's URL, no credentials, any status accepted. */
    const crawl = (url: string, headers: Record<string, string> = {}) =>
      api.get<string>(new URL(url).pathname, {
        headers,
        responseType: "text",
        transformResponse: (body: string) => body,
        validateStatus: () => true,
      })

    /**
     * The oracle: every packaging of a listed product that a certificate valid now covers, by id, with
     * its VND price, read straight from the database.
     */
    async function purchasableVariants(at = new Date()): Promise<Map<string, { price: number; handle: string }>> {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: [
          "id",
          "handle",
          "variants.id",
          "variants.price_set.prices.amount",
          "variants.price_set.prices.currency_code",
          "variants.certified_skus.certificate.*",
        ],
      })
      const cards = await getContainer()
        .resolve<CatalogModuleService>(CATALOG_MODULE)
        .listProductCards({}, { select: ["id"] })
      const listed = new Set(cards.map((card) => card.id))
      const purchasable = new Map<string, { price: number; handle: string }>()
      for (const product of data) {
        if (!listed.has(product.id)) continue
        for (const variant of product.variants!.map((v) => v!)) {
          if (!(variant.certified_skus ?? []).some((sku) => sku?.certificate && isCertificateValid(sku.certificate, at))) continue
          purchasable.set(variant.id, {
            price: Number(variant.price_set!.prices.find((p) => p!.currency_code === "vnd")!.amount),
            handle: product.handle,
          })
        }
      }
      return purchasable
    }

    it("Meta CSV: every purchasable packaging of a listed product, once, with each field Meta requires", async () => {
      const feed = await createFeed({
        channel: "meta",
        format: "csv",
        utm_source: "facebook",
        utm_medium: "catalog",
        utm_campaign: "tet_2027",
      })
      expect(feed.url).toMatch(/\/feeds\/[A-Za-z0-9_-]{43}\/meta\.csv$/)
      const run = await generate(feed)
      expect(run).toMatchObject({ status: "succeeded", error: null })

      const response = await crawl(feed.url)
      expect(response.status).toBe(200)
      expect(response.headers["content-type"]).toMatch(/^text\/csv/)
      const rows = parse(response.data, { columns: true }) as Record<string, string>[]
      const expected = await purchasableVariants()
      expect(rows.map((row) => row.id).sort()).toEqual([...expected.keys()].sort())
      expect(run.items).toBe(rows.length)

      for (const row of rows) {
        expect(row.title.length).toBeGreaterThan(0)
        expect([...row.title].length).toBeLessThanOrEqual(150)
        expect(row.description.length).toBeGreaterThan(0)
        expect(row.description).not.toMatch(/<[a-z]/i)
        expect(["in stock", "out of stock"]).toContain(row.availability)
        expect(row.condition).toBe("new")
        expect(row.price).toBe(`${expected.get(row.id)!.price} VND`)
        expect(row.sale_price).toBe("")
        const link = new URL(row.link)
        expect(`${link.origin}${link.pathname}`).toBe(`${STOREFRONT}/products/${expected.get(row.id)!.handle}`)
        expect(Object.fromEntries(link.searchParams)).toEqual({
          variant: row.id,
          utm_source: "facebook",
          utm_medium: "catalog",
          utm_campaign: "tet_2027",
        })
        expect(row.image_link).toMatch(/^https?:\/\//)
        expect(row.brand.length).toBeGreaterThan(0)
        expect(row.item_group_id).toMatch(/^prod_/)
        expect(row.google_product_category).toMatch(/^\d+$/)
        expect(row.product_type).toMatch(/^OCOP > /)
        expect(row.custom_label_0).toMatch(/^[345] sao OCOP$/)
        expect(row.custom_label_1.length).toBeGreaterThan(0)
      }
      // The seed's expired and revoked products are not there at all.
      const handles = new Set(rows.map((row) => new URL(row.link).pathname.split("/").pop()))
      expect(handles).not.toContain("cam-nhat-quang-thuong-loc") // revoked
      expect(handles).not.toContain("nhung-huou-chien-son") // expired in 2022
    })

    it("TikTok TSV and Google XML: the same items under each platform's names and enums", async () => {
      const expected = await purchasableVariants()
      const tiktok = await createFeed({ channel: "tiktok", format: "tsv" })
      await generate(tiktok)
      const tsv = parse((await crawl(tiktok.url)).data, { columns: true, delimiter: "\t", quote: false }) as Record<
        string,
        string
      >[]
      expect(tsv.map((row) => row.sku_id).sort()).toEqual([...expected.keys()].sort())
      for (const row of tsv) {
        for (const field of [
          "sku_id",
          "title",
          "description",
          "availability",
          "condition",
          "price",
          "link",
          "image_link",
          "brand",
        ]) {
          expect(row[field]).not.toBe("") // TikTok's nine required fields
        }
        expect(["in stock", "out of stock"]).toContain(row.availability)
        expect(row.price).toMatch(/^\d+ VND$/)
      }

      const google = await createFeed({ channel: "google", format: "xml" })
      await generate(google)
      const response = await crawl(google.url)
      expect(response.headers["content-type"]).toMatch(/^application\/xml/)
      const xml: { rss: { "@_version": string; channel: { item: Record<string, unknown>[] } } } = new XMLParser({
        ignoreAttributes: false,
        isArray: (name) => name === "item" || name === "g:additional_image_link",
      }).parse(response.data)
      expect(xml.rss["@_version"]).toBe("2.0")
      const items = xml.rss.channel.item
      expect(items.map((item) => String(item["g:id"])).sort()).toEqual([...expected.keys()].sort())
      for (const item of items) {
        expect(["in_stock", "out_of_stock"]).toContain(item["g:availability"])
        expect(item["g:price"]).toBe(`${expected.get(String(item["g:id"]))!.price} VND`)
        expect(item["g:condition"]).toBe("new")
        expect(item["g:identifier_exists"]).toBe("no")
        expect(String(item.link)).toMatch(/^http:\/\/localhost:8000\/products\//)
        expect(String(item["g:image_link"])).toMatch(/^https?:\/\//)
      }
    })

    it("gives a sale price to packagings a sale price list covers, and keeps the list price as price", async () => {
      const expected = await purchasableVariants()
      const [variantId, { price }] = [...expected].find(([, v]) => v.handle === "keo-cu-do-ha-tinh-nguyen-hang")!
      const salePrice = Math.round((price * 0.8) / 1000) * 1000
      await api.post(
        "/admin/price-lists",
        {
          title: "Khuyến mãi Tết",
          description: "Giảm 20%",
          type: "sale",
          status: "active",
          prices: [{ variant_id: variantId, amount: salePrice, currency_code: "vnd" }],
        },
        admin
      )
      const feed = await createFeed({ channel: "meta", format: "csv" })
      await generate(feed)
      const rows = parse((await crawl(feed.url)).data, { columns: true }) as Record<string, string>[]
      expect(rows.find((row) => row.id === variantId)).toMatchObject({ price: `${price} VND`, sale_price: `${salePrice} VND` })
      expect(rows.filter((row) => row.sale_price !== "")).toHaveLength(1)
    })

    it("serves the newest file with ETag and Last-Modified, 304 when unchanged, 404 for unknown, malformed, rotated or paused tokens", async () => {
      const feed = await createFeed({ channel: "meta", format: "csv" })
      expect((await crawl(feed.url)).status).toBe(404) // not generated yet
      await generate(feed)
      const first = await crawl(feed.url)
      expect(first.status).toBe(200)
      const { etag, "last-modified": lastModified } = first.headers
      expect(etag).toMatch(/^"[0-9a-f]{40}"$/)
      expect((await crawl(feed.url, { "If-None-Match": etag })).status).toBe(304)
      expect((await crawl(feed.url, { "If-Modified-Since": lastModified })).status).toBe(304)
      expect((await crawl(feed.url, { "If-None-Match": '"khac"' })).status).toBe(200)

      const base = new URL(feed.url).pathname.replace(/[^/]+\/meta\.csv$/, "")
      expect((await api.get(`${base}${"A".repeat(43)}/meta.csv`, { validateStatus: () => true })).status).toBe(404)
      expect((await api.get(`${base}khong-phai-ma/meta.csv`, { validateStatus: () => true })).status).toBe(404)
      expect((await crawl(feed.url.replace(/meta\.csv$/, "meta.xml"))).status).toBe(404)

      // A new format is served only once a run has written it.
      const { data: asTsv } = await api.post<{ feed: Feed }>(`/admin/feeds/${feed.id}`, { format: "tsv" }, admin)
      expect(asTsv.feed.url).toMatch(/meta\.tsv$/)
      expect((await crawl(asTsv.feed.url)).status).toBe(404)
      await generate(feed)
      expect((await crawl(asTsv.feed.url)).headers["content-type"]).toMatch(/^text\/tab-separated-values/)
      await api.post(`/admin/feeds/${feed.id}`, { format: "csv" }, admin)
      await generate(feed)

      const { data: rotated } = await api.post<{ feed: Feed }>(`/admin/feeds/${feed.id}`, { rotate_token: true }, admin)
      expect(rotated.feed.url).not.toBe(feed.url)
      expect((await crawl(feed.url)).status).toBe(404)
      expect((await crawl(rotated.feed.url)).status).toBe(200)
      await api.post(`/admin/feeds/${feed.id}`, { active: false }, admin)
      expect((await crawl(rotated.feed.url)).status).toBe(404)
    })

    it("narrows by province, stars, producer and stock, and refuses filters that match nothing or bad values", async () => {
      const fourStars = await createFeed({
        channel: "meta",
        format: "csv",
        filters: { stars: [4, 5], provinces: ["Hà Tĩnh"], in_stock_only: true },
      })
      await generate(fourStars)
      const rows = parse((await crawl(fourStars.url)).data, { columns: true }) as Record<string, string>[]
      expect(rows.length).toBeGreaterThan(0)
      for (const row of rows) {
        expect(row.custom_label_0).toMatch(/^[45] sao OCOP$/)
        expect(row.custom_label_1).toBe("Hà Tĩnh")
        expect(row.availability).toBe("in stock")
      }
      // Pausing and resuming leave the filters as they were.
      await api.post(`/admin/feeds/${fourStars.id}`, { active: false }, admin)
      const { data: resumed } = await api.post<{ feed: Feed }>(`/admin/feeds/${fourStars.id}`, { active: true }, admin)
      expect(resumed.feed.filters).toEqual({ stars: [4, 5], provinces: ["Hà Tĩnh"], in_stock_only: true })

      const candy = await createFeed({ channel: "tiktok", format: "csv", filters: { producers: ["nguyen-thi-hang"] } })
      await generate(candy)
      const candyRows = parse((await crawl(candy.url)).data, { columns: true }) as Record<string, string>[]
      expect(new Set(candyRows.map((row) => row.brand)).size).toBe(1)

      expect(
        await refused(
          api.post("/admin/feeds", { name: "X", channel: "meta", format: "csv", filters: { provinces: ["Quảng Bình"] } }, admin),
          400
        )
      ).toMatch(/Quảng Bình/)
      expect(
        await refused(
          api.post("/admin/feeds", { name: "X", channel: "meta", format: "csv", filters: { producers: ["khong-co"] } }, admin),
          400
        )
      ).toMatch(/khong-co/)
      expect(
        await refused(api.post("/admin/feeds", { name: "X", channel: "meta", format: "csv", utm_source: "tết 2027" }, admin), 400)
      ).toMatch(/UTM/)
      expect(await refused(api.post("/admin/feeds", { name: "X", channel: "tiktok", format: "xml" }, admin), 400)).toMatch(
        /CSV hoặc TSV/
      )
      expect(
        await refused(
          api.post("/admin/feeds", { name: "X", channel: "meta", format: "csv", filters: { stars: [2] } }, admin),
          400
        )
      ).toMatch(/3, 4 hoặc 5/)
    })

    it("leaves out a packaging as soon as its certificate lapses, before the listing catches up", async () => {
      // The first certificate of the listing to run out: the day after, its packagings may not be sold.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "certificate", fields: ["*"], filters: { status: "valid" } })
      const ends = data.map((certificate) => validUntil(certificate).getTime()).filter((end) => end > Date.now())
      const dayAfter = new Date(Math.min(...ends) + 24 * 3600 * 1000)
      const expected = await purchasableVariants(dayAfter)
      expect(expected.size).toBeLessThan((await purchasableVariants()).size)

      const file = new PassThrough()
      const [written, csv] = await Promise.all([
        writeFeed(getContainer(), { name: "Hết hạn", channel: "meta", format: "csv", filters: {} }, file, dayAfter),
        text(file),
      ])
      const rows = parse(csv, { columns: true }) as Record<string, string>[]
      expect(written.items).toBe(expected.size)
      expect(new Set(rows.map((row) => row.id))).toEqual(new Set(expected.keys()))
    })

    it("drops a product from the next run once its certificate is revoked; the run counts warnings without failing", async () => {
      const feed = await createFeed({ channel: "meta", format: "csv" })
      const before = await generate(feed)
      const withFishSauce = parse((await crawl(feed.url)).data, { columns: true }) as Record<string, string>[]
      expect(withFishSauce.some((row) => row.link.includes("/products/nuoc-mam-ky-phu?"))).toBe(true)

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["certificates.id"],
        filters: { handle: "nuoc-mam-ky-phu" },
      })
      await api.post(
        `/admin/ocop/certificates/${data[0].certificates![0]!.id}/revoke`,
        { reason: "Vi phạm quy định ghi nhãn hàng hoá" },
        admin
      )
      const after = await generate(feed)
      const rows = parse((await crawl(feed.url)).data, { columns: true }) as Record<string, string>[]
      expect(rows.some((row) => row.link.includes("/products/nuoc-mam-ky-phu?"))).toBe(false)
      expect(after.items).toBe(before.items - (withFishSauce.length - rows.length))

      // The seed's 800 × 800 pictures were measured on the first run; one now known to be small is flagged.
      const feeds = getContainer().resolve<FeedModuleService>(FEED_MODULE)
      const measured = await feeds.listFeedImages({}, { take: null })
      expect(measured.length).toBeGreaterThan(0)
      for (const image of measured) expect(image).toMatchObject({ width: 800, height: 800 })
      const smallRow = rows[0]
      await feeds.updateFeedImages({ selector: { url: smallRow.image_link }, data: { width: 320, height: 320 } })
      const withSmallImage = await generate(feed)
      expect(withSmallImage.warnings.counts.image_too_small).toBeGreaterThanOrEqual(1)
      expect(withSmallImage.warnings.first).toContainEqual(expect.objectContaining({ id: smallRow.id, code: "image_too_small" }))

      const outOfStock = rows.filter((row) => row.availability === "out of stock").length
      expect(after.warnings.counts.no_stock ?? 0).toBe(outOfStock)
      expect(after.warning_count).toBeGreaterThanOrEqual(outOfStock)
      const { data: detail } = await api.get<{ feed: Feed }>(`/admin/feeds/${feed.id}`, admin)
      expect(detail.feed.runs.map((r) => r.status)).toEqual(["succeeded", "succeeded", "succeeded"])
      const { data: preview } = await api.get<{ items: FeedPreviewItem[] }>(`/admin/feeds/${feed.id}/preview?limit=3`, admin)
      expect(preview.items).toHaveLength(3)
      expect(preview.items[0].fields).toEqual(expect.objectContaining({ id: rows[0].id, price: rows[0].price }))
    })
  },
})
