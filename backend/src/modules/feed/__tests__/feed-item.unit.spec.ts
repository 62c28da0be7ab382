import { parse } from "csv-parse/sync"
import { XMLParser } from "fast-xml-parser"
import { feedItem, plainText, truncate, type FeedSource } from "../feed-item"
import { channelColumns, feedPrice, feedWriter } from "../formats"

const source = (
  overrides: { product?: Partial<FeedSource["product"]>; variant?: Partial<FeedSource["variant"]> } = {}
): FeedSource => ({
  product: {
    id: "prod_1",
    title: "Nước mắm Kỳ Phú",
    handle: "nuoc-mam-ky-phu",
    description: "<p>Nước mắm cá cơm truyền thống, ủ chượp 12 tháng trong thùng gỗ &amp; chum sành ở Kỳ Anh.</p>",
    thumbnail: "/static/nuoc-mam.png",
    images: ["/static/nuoc-mam.png", "https://cdn.example.vn/nuoc-mam-2.png"],
    main_image_size: { width: 800, height: 800 },
    stars: 4,
    product_set: 9,
    province: "Hà Tĩnh",
    producer_name: "HTX Kỳ Phú",
    ...overrides.product,
  },
  variant: { id: "variant_1", title: "Chai 500 ml", price: 120000, sale_price: null, in_stock: true, ...overrides.variant },
})
const context = { storefrontUrl: "https://cho-ocop.vn", utm: { source: "tiktok", medium: "catalog", campaign: "tet-2027" } }

describe("a feed item", () => {
  it("is one packaging: stable ids, full title, plain-text description, absolute links with the variant and UTM", () => {
    const { item, warnings } = feedItem(source(), context)
    expect(item).toMatchObject({
      id: "variant_1",
      item_group_id: "prod_1",
      title: "Nước mắm Kỳ Phú – Chai 500 ml",
      description: "Nước mắm cá cơm truyền thống, ủ chượp 12 tháng trong thùng gỗ & chum sành ở Kỳ Anh.",
      image_link: "https://cho-ocop.vn/static/nuoc-mam.png",
      additional_image_links: ["https://cdn.example.vn/nuoc-mam-2.png"],
      brand: "HTX Kỳ Phú",
      google_product_category: "422",
      product_type: "OCOP > Tương, nước mắm, gia vị dạng lỏng",
      labels: ["4 sao OCOP", "Hà Tĩnh", "HTX Kỳ Phú"],
    })
    expect(item.link).toBe(
      "https://cho-ocop.vn/products/nuoc-mam-ky-phu?variant=variant_1&utm_source=tiktok&utm_medium=catalog&utm_campaign=tet-2027"
    )
    expect(warnings).toEqual([])
  })

  it("warns, without dropping the item, about a long title, a short description, no image and no stock", () => {
    const { item, warnings } = feedItem(
      source({
        product: { title: "Trà ".repeat(60), description: "Ngon.", thumbnail: null, images: [] },
        variant: { in_stock: false },
      }),
      context
    )
    expect([...item.title].length).toBeLessThanOrEqual(150)
    expect(item.title.endsWith("…")).toBe(true)
    expect(item.in_stock).toBe(false)
    expect(warnings.map((w) => w.code).sort()).toEqual(["description_too_short", "missing_image", "no_stock", "title_truncated"])
  })

  it("warns about a main image under 500 × 500 px, and not when its size is unknown", () => {
    const small = feedItem(source({ product: { main_image_size: { width: 480, height: 640 } } }), context)
    expect(small.warnings).toEqual([
      expect.objectContaining({ code: "image_too_small", message: expect.stringMatching(/480 × 640 px/) }),
    ])
    expect(feedItem(source({ product: { main_image_size: null } }), context).warnings).toEqual([])
  })

  it("keeps a sale price only when a price list makes it lower", () => {
    expect(feedItem(source({ variant: { sale_price: 99000 } }), context).item.sale_price).toBe(99000)
    expect(feedItem(source({ variant: { sale_price: 120000 } }), context).item.sale_price).toBeNull()
  })

  it("reads HTML descriptions as text and cuts long text at a word", () => {
    expect(plainText("<ul><li>Một</li><li>Hai</li></ul>&#7843;&nbsp;x")).toBe("Một Hai ả x")
    expect(truncate("một hai ba bốn", 9)).toBe("một hai…")
  })
})

describe("feed files", () => {
  const items = [
    feedItem(source(), context).item,
    feedItem(
      source({ product: { title: 'Kẹo "cu đơ", gừng' }, variant: { id: "variant_2", in_stock: false, sale_price: 99000 } }),
      context
    ).item,
  ]
  const write = (channel: "meta" | "tiktok" | "google", format: "csv" | "tsv" | "xml") => {
    const writer = feedWriter(channel, format, { title: "Chợ OCOP", link: "https://cho-ocop.vn" })
    return writer.header + items.map(writer.row).join("") + writer.footer
  }

  it("writes prices as integer đồng with the currency code", () => {
    expect(feedPrice(120000)).toBe("120000 VND")
    expect(feedPrice(1_250_000)).toBe("1250000 VND")
  })

  it("Meta CSV: the spec's columns, quoting commas and quotes, images comma-separated", () => {
    const rows = parse(write("meta", "csv"), { columns: true }) as Record<string, string>[]
    expect(Object.keys(rows[0])).toEqual(channelColumns("meta"))
    expect(rows[1]).toMatchObject({
      id: "variant_2",
      title: 'Kẹo "cu đơ", gừng – Chai 500 ml',
      availability: "out of stock",
      condition: "new",
      price: "120000 VND",
      sale_price: "99000 VND",
      additional_image_link: "https://cdn.example.vn/nuoc-mam-2.png",
    })
  })

  it("TikTok TSV: sku_id first, no tabs or line breaks inside a cell", () => {
    const tsv = write("tiktok", "tsv")
    const rows = parse(tsv, { columns: true, delimiter: "\t", quote: false }) as Record<string, string>[]
    expect(channelColumns("tiktok")[0]).toBe("sku_id")
    expect(rows.map((r) => r.sku_id)).toEqual(["variant_1", "variant_2"])
    expect(rows[0].availability).toBe("in stock")
  })

  it("Google XML: an RSS 2.0 channel of items in the g: namespace, snake-case availability, no GTIN", () => {
    const xml = new XMLParser({ ignoreAttributes: false }).parse(write("google", "xml"))
    expect(xml.rss["@_xmlns:g"]).toBe("http://base.google.com/ns/1.0")
    const [first, second] = xml.rss.channel.item
    expect(first).toMatchObject({
      "g:id": "variant_1",
      title: "Nước mắm Kỳ Phú – Chai 500 ml",
      "g:availability": "in_stock",
      "g:price": "120000 VND",
      "g:condition": "new",
      "g:identifier_exists": "no",
      "g:additional_image_link": "https://cdn.example.vn/nuoc-mam-2.png",
    })
    expect(second.title).toBe('Kẹo "cu đơ", gừng – Chai 500 ml')
    expect(second["g:availability"]).toBe("out_of_stock")
  })
})
