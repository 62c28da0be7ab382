import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { getSdk } from "@/lib/config"
import { getRegion } from "@/lib/data/regions"
import { isNotFound } from "@/lib/store-errors"
import { purchasableQuantity } from "@/modules/products/stock"

// Product pages are shared by every visitor: their reads are cached briefly and tagged, so a completed
// order (stock) or the backend's listing sync (POST /api/revalidate) can mark them stale. The catalog
// itself is read uncached (lib/data/catalog.ts).
export const PRODUCTS_TAG = "products"

const PRODUCT_FIELDS =
  "*variants.calculated_price,+variants.inventory_quantity,*categories,*images,*options"

export async function getProductByHandle(handle: string): Promise<HttpTypes.StoreProduct | null> {
  const region = await getRegion()
  try {
    const { products } = await getSdk().client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
      query: { handle, region_id: region.id, fields: PRODUCT_FIELDS, limit: 1 },
      next: { revalidate: 30, tags: [PRODUCTS_TAG] },
    })
    return products[0] ?? null
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** Live (uncached) stock of one variant, to tell a shopper how many are left when Medusa refuses. */
export async function getPurchasableQuantity(productId: string, variantId: string): Promise<number | null> {
  const { product } = await getSdk().store.product.retrieve(productId, {
    fields: "variants.id,+variants.inventory_quantity,variants.manage_inventory,variants.allow_backorder",
  })
  const variant = product.variants?.find((v) => v.id === variantId)
  return variant ? purchasableQuantity(variant) : 0
}
