import "server-only"
import { getSdk } from "@/lib/config"
import { PRODUCTS_TAG } from "@/lib/data/products"
import type { Certificate } from "@/modules/ocop/certificates"

/**
 * A product's certificates valid now, with the packagings each covers. Cached like the product read
 * it goes with (same lifetime and tag), so the page and its variant picker go stale together.
 */
export async function listCertificates(productId: string): Promise<Certificate[]> {
  const { certificates } = await getSdk().client.fetch<{ certificates: Certificate[] }>("/store/ocop/certificates", {
    query: { product_id: productId },
    next: { revalidate: 30, tags: [PRODUCTS_TAG] },
  })
  return certificates
}
