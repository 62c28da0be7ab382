import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { getSdk } from "@/lib/config"
import { getRegion } from "@/lib/data/regions"
import { readOcop } from "@/modules/ocop/metadata"
import { SORTS, type SortKey } from "@/modules/products/catalog-query"
import { purchasableQuantity } from "@/modules/products/stock"

// Catalog reads are shared by every visitor: cache them briefly and tag them so a completed order
// (which changes stock) can mark them stale.
export const PRODUCTS_TAG = "products"

/** What a product card needs: prices for the region and stock per variant, nothing else. */
const CARD_FIELDS =
  "id,title,handle,thumbnail,metadata,variants.id,*variants.calculated_price,+variants.inventory_quantity,variants.manage_inventory,variants.allow_backorder"

const PRODUCT_FIELDS =
  "*variants.calculated_price,+variants.inventory_quantity,+metadata,*categories,*images,*options"

type ProductList = { products: HttpTypes.StoreProduct[]; count: number }

export async function listProducts(params: {
  limit: number
  page?: number
  sort?: SortKey
  /** Products must carry every one of these tags (e.g. "4 sao" and "Hà Tĩnh"). */
  tagIds?: string[]
}): Promise<ProductList> {
  const region = await getRegion()
  const tagIds = params.tagIds ?? []
  const page = params.page ?? 1
  const { products, count } = await getSdk().client.fetch<HttpTypes.StoreProductListResponse>(
    "/store/products",
    {
      query: {
        region_id: region.id,
        fields: CARD_FIELDS,
        limit: params.limit,
        offset: (page - 1) * params.limit,
        order: SORTS[params.sort ?? "newest"].order,
        // `tag_id: [a, b]` means a OR b; one condition per tag makes it AND.
        ...(tagIds.length > 0 && { $and: tagIds.map((id) => ({ tag_id: id })) }),
      },
      next: { revalidate: 60, tags: [PRODUCTS_TAG] },
    },
  )
  return { products, count }
}

export async function getProductByHandle(handle: string): Promise<HttpTypes.StoreProduct | null> {
  const region = await getRegion()
  const { products } = await getSdk().client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { handle, region_id: region.id, fields: PRODUCT_FIELDS, limit: 1 },
    next: { revalidate: 30, tags: [PRODUCTS_TAG] },
  })
  return products[0] ?? null
}

/** Live (uncached) stock of one variant, to tell a shopper how many are left when Medusa refuses. */
export async function getPurchasableQuantity(productId: string, variantId: string): Promise<number | null> {
  const { product } = await getSdk().store.product.retrieve(productId, {
    fields: "variants.id,+variants.inventory_quantity,variants.manage_inventory,variants.allow_backorder",
  })
  const variant = product.variants?.find((v) => v.id === variantId)
  return variant ? purchasableQuantity(variant) : 0
}
