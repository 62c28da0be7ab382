import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PortalProduct } from "@ocop/contracts"
import { notFound, ownProductIds, producerLocationId } from "./producer-scope"
import { isCoveredNow, SELLABLE_PACKAGING_FIELDS } from "./sellable-packaging"
import { storefrontChannelId } from "./storefront-channel"
import { type PricedVariant, vndPrice } from "./variant-prices"
import type { BeforeJson } from "../utils/before-json"

const query = (container: MedusaContainer) => container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)

const FIELDS = [
  "id",
  "title",
  "handle",
  "description",
  "thumbnail",
  "created_at",
  "images.url",
  "sales_channels.id",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  ...SELLABLE_PACKAGING_FIELDS.map((field) => `variants.${field}`),
]

/** A product as the portal shows it, its creation date still a Date until the answer's JSON. */
type PortalProductBeforeJson = BeforeJson<PortalProduct, "created_at">

/** Products as the portal shows them: VND price, stock at the producer's own warehouse, coverage. */
export async function portalProducts(
  container: MedusaContainer,
  producerId: string,
  options: { ids?: string[]; q?: string; limit?: number; offset?: number } = {}
): Promise<{ products: PortalProductBeforeJson[]; count: number }> {
  const ids = await ownProductIds(container, producerId, options.ids)
  if (!ids.length) return { products: [], count: 0 }
  const [channelId, locationId] = await Promise.all([storefrontChannelId(container), producerLocationId(container, producerId)])
  const { data, metadata } = await query(container).graph({
    entity: "product",
    fields: FIELDS,
    filters: { id: ids, ...(options.q && { q: options.q }) },
    pagination: { skip: options.offset ?? 0, take: options.limit ?? 20, order: { created_at: "DESC" } },
  })
  const now = new Date()
  const products = data.map(
    (product): PortalProductBeforeJson => ({
      id: product.id,
      title: product.title,
      handle: product.handle,
      description: product.description ?? null,
      thumbnail: product.thumbnail ?? null,
      images: (product.images ?? []).map((image) => image.url),
      listed: (product.sales_channels ?? []).some((channel) => channel?.id === channelId),
      created_at: product.created_at,
      variants: (product.variants ?? []).map((variant: PricedVariant) => ({
        id: variant.id,
        title: variant.title,
        sku: variant.sku ?? null,
        price: vndPrice(variant),
        stock: (variant.inventory_items ?? [])
          .flatMap((item) => item?.inventory?.location_levels ?? [])
          .filter((level) => level?.location_id === locationId)
          .reduce((sum, level) => sum + Number(level?.stocked_quantity ?? 0), 0),
        certified: isCoveredNow(variant, now),
      })),
    })
  )
  return { products, count: metadata?.count ?? products.length }
}

export async function portalProduct(
  container: MedusaContainer,
  producerId: string,
  productId: string
): Promise<PortalProductBeforeJson> {
  const { products } = await portalProducts(container, producerId, { ids: [productId], limit: 1 })
  if (!products.length) throw notFound("sản phẩm")
  return products[0]
}
