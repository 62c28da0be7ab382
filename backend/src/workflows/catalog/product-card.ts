import type { CardInput, CardPackaging } from "../../modules/catalog/types"
import { isCertificateValid, validUntil, type CertificateDates } from "../../modules/ocop/validity"
import { foldVietnamese } from "../../utils/vietnamese"

type Certificate = CertificateDates & { stars: number; product_set: number }

type CardProducer = {
  handle: string
  name: string
  status: string
  commune?: string | null
  district_as_issued?: string | null
  province?: string | null
}

/** The product as the card builder reads it through Query (see CARD_SOURCE_FIELDS). */
export type CardSource = {
  id: string
  title: string
  handle: string
  thumbnail?: string | null
  producer?: CardProducer | null
  sales_channels?: ({ id: string } | null)[] | null
  variants?:
    | ({
        id: string
        title: string
        manage_inventory?: boolean | null
        allow_backorder?: boolean | null
        prices?: ({ amount: number | string; currency_code: string } | null)[] | null
        inventory_items?:
          | ({
              required_quantity?: number | null
              inventory?: {
                location_levels?:
                  | ({ location_id?: string; stocked_quantity?: number | string | null; reserved_quantity?: number | string | null } | null)[]
                  | null
              } | null
            } | null)[]
          | null
        certified_skus?: ({ certificate?: Certificate | null } | null)[] | null
      } | null)[]
    | null
}

export const CARD_SOURCE_FIELDS = [
  "id",
  "title",
  "handle",
  "thumbnail",
  "producer.handle",
  "producer.name",
  "producer.status",
  "producer.commune",
  "producer.district_as_issued",
  "producer.province",
  "sales_channels.id",
  "variants.id",
  "variants.title",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.location_id",
  // available = stocked − reserved; Query drops the computed available_quantity beside other level fields.
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "variants.certified_skus.certificate.status",
  "variants.certified_skus.certificate.expires_at",
  "variants.certified_skus.certificate.renewal_filed_at",
  "variants.certified_skus.certificate.stars",
  "variants.certified_skus.certificate.product_set",
]

type InventoryItem = NonNullable<NonNullable<NonNullable<CardSource["variants"]>[number]>["inventory_items"]>[number]

/** Units available online: at the storefront channel's locations only, never on a showroom's shelf. */
const available = (item: InventoryItem, onlineLocations: ReadonlySet<string>) =>
  (item?.inventory?.location_levels ?? [])
    .filter((level) => !!level?.location_id && onlineLocations.has(level.location_id))
    .reduce((sum, level) => sum + Number(level?.stocked_quantity ?? 0) - Number(level?.reserved_quantity ?? 0), 0)

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null)

export const isInChannel = (product: CardSource, channelId: string) =>
  (product.sales_channels ?? []).some((channel) => channel?.id === channelId)

type SourceVariant = NonNullable<NonNullable<CardSource["variants"]>[number]>

/** The packagings a certificate valid now covers (the only ones that may be sold), with those certificates. */
function purchasableVariants<V extends SourceVariant>(product: { variants?: (V | null)[] | null }, now: Date) {
  return (product.variants ?? []).flatMap((variant) => {
    const certificates = (variant?.certified_skus ?? [])
      .map((sku) => sku?.certificate)
      .filter((c): c is Certificate => !!c && isCertificateValid(c, now))
    return variant && certificates.length ? [{ variant, certificates }] : []
  })
}

/** Whether one packaging can be ordered online now: enough units at the storefront's locations, or not counted. */
function isInStockOnline(variant: SourceVariant, onlineLocations: ReadonlySet<string>): boolean {
  if (!variant.manage_inventory || variant.allow_backorder) return true
  const items = variant.inventory_items ?? []
  return items.length > 0 && items.every((item) => available(item, onlineLocations) >= (item?.required_quantity ?? 1))
}

/**
 * The catalog card of a product, or null when it must not be shown: not listed, or no packaging
 * covered by a certificate valid now. Price and stock count purchasable packagings only.
 */
export function productCard(product: CardSource, listed: boolean, now: Date, onlineLocations: ReadonlySet<string>): CardInput | null {
  if (!listed) return null

  const purchasable = purchasableVariants(product, now)
  if (!purchasable.length) return null

  // The strongest recognition shown: most stars, then the longest validity.
  const certificate = purchasable
    .flatMap(({ certificates }) => certificates)
    .sort((a, b) => b.stars - a.stars || validUntil(b).getTime() - validUntil(a).getTime())[0]

  // Each priced packaging as a catalog feed lists it; the card's price starts at the cheapest.
  const packagings = purchasable.flatMap(({ variant, certificates }): CardPackaging[] => {
    const price = variant.prices?.find((p) => p?.currency_code === "vnd")
    if (!price) return []
    const covered = Math.max(...certificates.map((c) => validUntil(c).getTime()))
    return [
      {
        id: variant.id,
        title: variant.title,
        price: Number(price.amount),
        in_stock: isInStockOnline(variant, onlineLocations),
        valid_until: new Date(covered).toISOString(),
      },
    ]
  })
  const inStock = purchasable.some(({ variant }) => isInStockOnline(variant, onlineLocations))

  const producer = product.producer
  const producerName = text(producer?.name)
  const commune = text(producer?.commune)
  const district = text(producer?.district_as_issued)
  const province = text(producer?.province)
  return {
    id: product.id,
    title: product.title,
    handle: product.handle,
    thumbnail: product.thumbnail ?? null,
    price_min: packagings.length ? Math.min(...packagings.map((p) => p.price)) : null,
    stars: certificate.stars,
    product_set: certificate.product_set,
    province,
    commune,
    district,
    producer_handle: text(producer?.handle),
    producer_name: producerName,
    in_stock: inStock,
    valid_until: validUntil(certificate),
    search_text: searchText([product.title, producerName, commune, district, province]),
    packagings,
  }
}

/** Folded, lower-case words: what catalog search matches "banh ram" or "duc tho" against. */
export function searchText(parts: (string | null | undefined)[]): string {
  return foldVietnamese(parts.filter(Boolean).join(" ")).toLowerCase().replace(/\s+/g, " ").trim()
}
