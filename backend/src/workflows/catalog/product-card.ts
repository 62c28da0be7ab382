import { searchText } from "../../modules/catalog/search-text"
import {
  dialectKey,
  type ProductDetail,
  type ProductPackaging,
  productCertificate,
  type ShowroomStocking,
  validUntil,
} from "@ocop/contracts"
import type { CardInput, CardPackaging } from "../../modules/catalog/types"
import type { CardCertificate, CardSource, ShowroomShelves } from "../../queries/card-sources"
import { validCertificateSummaries } from "../../queries/certificate-summary"
import { publicProducer } from "../../queries/public-producer"
import { standardLinks } from "../../queries/published-standards"
import { certificatesCovering } from "../../queries/sellable-packaging"

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

/**
 * The packagings a certificate valid now covers (the only ones that may be sold), with those
 * certificates, in the product's own order: Query returns variants in no set order, and a price edit
 * must not reshuffle the page (rank, then creation, as variant ids are time-ordered).
 */
function purchasableVariants<V extends SourceVariant>(product: { variants?: (V | null)[] | null }, now: Date) {
  return (product.variants ?? [])
    .flatMap((variant) => {
      const certificates = certificatesCovering(variant, now)
      return variant && certificates.length ? [{ variant, certificates }] : []
    })
    .sort((a, b) => inPackagingOrder(a.variant, b.variant))
}

type Ranked = { variant_rank?: number | null; id: string }

/** The product's own order of its packagings: rank, then creation (variant ids are time-ordered). */
export function inPackagingOrder(a: Ranked, b: Ranked) {
  return (a.variant_rank ?? 0) - (b.variant_rank ?? 0) || a.id.localeCompare(b.id)
}

/** Units of one packaging that can be ordered online now; null when not counted (unmanaged or backorderable). */
function availableOnline(variant: SourceVariant, onlineLocations: ReadonlySet<string>): number | null {
  if (!variant.manage_inventory || variant.allow_backorder) return null
  const items = variant.inventory_items ?? []
  if (!items.length) return 0
  return Math.max(
    0,
    Math.min(...items.map((item) => Math.floor(available(item, onlineLocations) / (item?.required_quantity ?? 1))))
  )
}

/** Whether one packaging can be ordered online now: enough units at the storefront's locations, or not counted. */
function isInStockOnline(variant: SourceVariant, onlineLocations: ReadonlySet<string>): boolean {
  const units = availableOnline(variant, onlineLocations)
  return units === null || units > 0
}

/** The open showrooms holding some of these packagings on their shelf now, with which ones. */
function showroomsStocking(variants: SourceVariant[], shelves: ShowroomShelves): ShowroomStocking[] {
  const held = new Map<string, Set<string>>()
  for (const variant of variants) {
    for (const item of variant.inventory_items ?? []) {
      for (const level of item?.inventory?.location_levels ?? []) {
        if (!level?.location_id || !shelves.has(level.location_id)) continue
        if (Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0) <= 0) continue
        held.set(level.location_id, (held.get(level.location_id) ?? new Set()).add(variant.title))
      }
    }
  }
  return [...held].map(([location, packagings]) => ({ ...shelves.get(location)!, packagings: [...packagings] }))
}

/**
 * The catalog card of a product, or null when it must not be shown: not listed, or no packaging
 * covered by a certificate valid now. Price and stock count purchasable packagings only.
 */
export function productCard(
  product: CardSource,
  listed: boolean,
  now: Date,
  onlineLocations: ReadonlySet<string>,
  shelves: ShowroomShelves = new Map()
): CardInput | null {
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
  const search_text = searchText([product.title, producerName, commune, district, province])
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
    search_text,
    search_key: dialectKey(search_text),
    packagings,
    detail: productDetail(
      product,
      purchasable.map(({ variant }) => variant),
      now,
      onlineLocations,
      shelves,
      certificate
    ),
  }
}

/** What the product page shows: only packagings a valid certificate covers, and only valid certificates. */
function productDetail(
  product: CardSource,
  forSale: SourceVariant[],
  now: Date,
  onlineLocations: ReadonlySet<string>,
  shelves: ShowroomShelves,
  best: CardCertificate
): ProductDetail {
  const listPrice = (variant: SourceVariant) => {
    const price = variant.prices?.find((p) => p?.currency_code === "vnd")
    return price ? Number(price.amount) : null
  }
  const packagings = forSale.map((variant): ProductPackaging => {
    const price = variant.calculated_price?.calculated_amount ?? listPrice(variant)
    const original = variant.calculated_price?.original_amount ?? null
    return {
      id: variant.id,
      title: variant.title,
      sku: variant.sku ?? null,
      price: price === null ? null : Number(price),
      original_price: original !== null && price !== null && Number(original) > Number(price) ? Number(original) : null,
      available: availableOnline(variant, onlineLocations),
    }
  })
  const images = [...(product.images ?? [])]
    .filter((image): image is { url: string; rank?: number | null } => !!image?.url)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map((image) => image.url)
  const certificates = validCertificateSummaries(product, now).map(productCertificate)
  return JSON.parse(
    JSON.stringify({
      id: product.id,
      handle: product.handle,
      title: product.title,
      description: text(product.description),
      thumbnail: product.thumbnail ?? images[0] ?? null,
      images,
      category: text(product.categories?.[0]?.name),
      option_title: text(product.options?.[0]?.title) ?? "Quy cách",
      stars: best.stars,
      product_set: best.product_set,
      packagings,
      certificates,
      producer: product.producer && product.producer.status === "approved" ? publicProducer(product.producer) : null,
      showrooms: showroomsStocking(forSale, shelves),
      standards: standardLinks(product.published_standards, now),
    })
  ) // dates as the JSON the route answers, so a rebuilt card equal to the stored one is left alone
}
