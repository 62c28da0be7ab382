import "server-only"
import { getSdk } from "@/lib/config"
import { sharedRead } from "@/lib/data/shared-read"
import { isNotFound } from "@/lib/store-errors"
import type { ProductDetail } from "@ocop/contracts"
import { purchasableQuantity } from "@/modules/products/stock"

// Product pages are shared by every visitor: their reads are cached briefly in this process, one backend
// request per product however many visitors (lib/data/shared-read.ts), and tagged, so a completed order
// (stock) or the backend's listing sync (POST /api/revalidate) can expire them. Catalog pages share the
// tag (lib/data/catalog.ts).
export const PRODUCTS_TAG = "products"

/**
 * Everything a product page shows, in one indexed read of the catalog's read model (never Medusa's
 * `/store/products?handle=`, which filters through every listed product); null when it is not listed.
 */
export async function getProductDetail(handle: string): Promise<ProductDetail | null> {
  return sharedRead(`product:${handle}`, { ttlMs: 30_000, tags: [PRODUCTS_TAG] }, async () => {
    try {
      const { product } = await getSdk().client.fetch<{ product: ProductDetail }>(
        `/store/catalog/${encodeURIComponent(handle)}`,
        {
          cache: "no-store",
        }
      )
      return product
    } catch (error) {
      if (isNotFound(error)) return null
      throw error
    }
  })
}

/** Live (uncached) stock of one variant, to tell a shopper how many are left when Medusa refuses. */
export async function getPurchasableQuantity(productId: string, variantId: string): Promise<number | null> {
  const { product } = await getSdk().store.product.retrieve(productId, {
    fields: "variants.id,+variants.inventory_quantity,variants.manage_inventory,variants.allow_backorder",
  })
  const variant = product.variants?.find((v) => v.id === variantId)
  return variant ? purchasableQuantity(variant) : 0
}
