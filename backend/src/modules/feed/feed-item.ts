import { OCOP_PRODUCT_SETS } from "@ocop/contracts"

/** One purchasable packaging as the generator reads it. */
export type FeedSource = {
  product: {
    id: string
    title: string
    handle: string
    description: string | null
    thumbnail: string | null
    images: string[]
    /** Pixel size of the main picture (thumbnail, else the first image), when known. */
    main_image_size: { width: number; height: number } | null
    stars: number
    product_set: number
    province: string | null
    producer_name: string | null
  }
  variant: {
    id: string
    title: string
    /** VND, tax included. */
    price: number
    /** The price a price list gives now, when lower. */
    sale_price: number | null
    in_stock: boolean
  }
}

/** One catalog item before a platform's field names and enums are applied. */
export type FeedItem = {
  id: string
  item_group_id: string
  title: string
  description: string
  in_stock: boolean
  price: number
  sale_price: number | null
  link: string
  image_link: string | null
  additional_image_links: string[]
  brand: string
  google_product_category: string | null
  product_type: string
  /** custom_label_0..2: star rating, province, producer. */
  labels: [string, string, string]
}

export type FeedWarningCode =
  | "missing_image"
  | "image_too_small"
  | "description_too_short"
  | "title_truncated"
  | "no_stock"
  | "no_category"
export type FeedWarning = { id: string; code: FeedWarningCode; message: string }

export const TITLE_MAX = 150
export const DESCRIPTION_MAX = 5000
/** Shorter descriptions are accepted but rank poorly; the platforms ask for a real one. */
export const DESCRIPTION_MIN = 50
/** The platforms show at most this many extra images. */
export const ADDITIONAL_IMAGES_MAX = 10
/** Meta and TikTok refuse main images under 500 × 500 pixels (Google's floor is lower). */
export const IMAGE_MIN_PX = 500

/**
 * Google's product taxonomy (ids, which every platform accepts) per OCOP product set; tourism
 * services (set 26) are not goods and have none.
 */
const GOOGLE_CATEGORY: Record<number, string | null> = {
  1: "422",
  2: "422",
  3: "422",
  4: "422",
  5: "422",
  6: "422",
  7: "422",
  8: "422",
  9: "422",
  10: "422",
  11: "2073",
  12: "2073",
  13: "1868",
  14: "499676",
  15: "499676",
  16: "420",
  17: "413",
  18: "525",
  19: "469",
  20: "469",
  21: "696",
  22: "166",
  23: "985",
  24: "985",
  25: "1",
  26: null,
}

/** Plain text from a description that may hold HTML: tags dropped, entities read, whitespace collapsed. */
export function plainText(html: string | null): string {
  if (!html) return ""
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " }
  return html
    .replace(/<(br|\/p|\/li|\/h\d)\s*\/?>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === "#")
        return String.fromCodePoint(name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10))
      return entities[name.toLowerCase()] ?? whole
    })
    .replace(/\s+/g, " ")
    .trim()
}

/** Cut at a word boundary, within `max` characters counted as the platforms count them (code points). */
export function truncate(text: string, max: number): string {
  const chars = [...text]
  if (chars.length <= max) return text
  const cut = chars.slice(0, max - 1).join("")
  const atWord = cut.replace(/\s+\S*$/, "")
  return `${atWord.length > max / 2 ? atWord : cut}…`
}

const absolute = (url: string, base: string) => new URL(url, base).toString()

export type ItemContext = {
  storefrontUrl: string
  utm: { source?: string | null; medium?: string | null; campaign?: string | null }
}

/** The product page with this packaging chosen, tagged for the marketer's analytics. */
export function productLink(source: FeedSource, context: ItemContext): string {
  const url = new URL(`/products/${encodeURIComponent(source.product.handle)}`, context.storefrontUrl)
  url.searchParams.set("variant", source.variant.id)
  if (context.utm.source) url.searchParams.set("utm_source", context.utm.source)
  if (context.utm.medium) url.searchParams.set("utm_medium", context.utm.medium)
  if (context.utm.campaign) url.searchParams.set("utm_campaign", context.utm.campaign)
  return url.toString()
}

/** The item and what a platform would object to; a warning never drops the item. */
export function feedItem(source: FeedSource, context: ItemContext): { item: FeedItem; warnings: FeedWarning[] } {
  const { product, variant } = source
  const warnings: FeedWarning[] = []
  const warn = (code: FeedWarningCode, message: string) => warnings.push({ id: variant.id, code, message })

  const fullTitle = variant.title && variant.title !== "Default" ? `${product.title} – ${variant.title}` : product.title
  const title = truncate(fullTitle, TITLE_MAX)
  if (title !== fullTitle) warn("title_truncated", `Tên dài hơn ${TITLE_MAX} ký tự nên đã bị cắt.`)

  const description = truncate(plainText(product.description) || fullTitle, DESCRIPTION_MAX)
  if ([...description].length < DESCRIPTION_MIN) warn("description_too_short", `Mô tả ngắn hơn ${DESCRIPTION_MIN} ký tự.`)

  const images = [...new Set([product.thumbnail, ...product.images].filter((url): url is string => !!url))].map((url) =>
    absolute(url, context.storefrontUrl)
  )
  if (!images.length) warn("missing_image", "Sản phẩm chưa có ảnh.")
  const size = product.main_image_size
  if (size && (size.width < IMAGE_MIN_PX || size.height < IMAGE_MIN_PX)) {
    warn("image_too_small", `Ảnh chính ${size.width} × ${size.height} px, nhỏ hơn ${IMAGE_MIN_PX} × ${IMAGE_MIN_PX} px.`)
  }
  if (!variant.in_stock) warn("no_stock", "Hết hàng: mục này hiện là “hết hàng”.")

  const category = GOOGLE_CATEGORY[product.product_set] ?? null
  if (!category) warn("no_category", "Nhóm sản phẩm OCOP này không có danh mục Google tương ứng.")

  return {
    item: {
      id: variant.id,
      item_group_id: product.id,
      title,
      description,
      in_stock: variant.in_stock,
      price: variant.price,
      sale_price: variant.sale_price !== null && variant.sale_price < variant.price ? variant.sale_price : null,
      link: productLink(source, context),
      image_link: images[0] ?? null,
      additional_image_links: images.slice(1, 1 + ADDITIONAL_IMAGES_MAX),
      brand: product.producer_name ?? "",
      google_product_category: category,
      product_type: `OCOP > ${OCOP_PRODUCT_SETS[product.product_set] ?? `Bộ sản phẩm ${product.product_set}`}`,
      labels: [`${product.stars} sao OCOP`, product.province ?? "", product.producer_name ?? ""],
    },
    warnings,
  }
}
