import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { getSdk } from "@/lib/config"
import { classifyTags, type Facets } from "@/modules/products/facets"

/** Star and province facets, from the product tags (a few dozen rows, not the catalog). */
export async function listFacets(): Promise<Facets> {
  const { product_tags } = await getSdk().client.fetch<HttpTypes.StoreProductTagListResponse>(
    "/store/product-tags",
    {
      query: { fields: "id,value", limit: 200 },
      next: { revalidate: 300, tags: ["product-tags"] },
    },
  )
  return classifyTags(product_tags)
}
