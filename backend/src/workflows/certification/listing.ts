import { isCertificateValid, type CertificateDates } from "../../modules/ocop/validity"

export type ProductCoverage = {
  id: string
  listed: boolean
  producer_approved: boolean
  variants: { certificates: CertificateDates[] }[]
}

/**
 * The listing rule: a product is sold iff its producer is approved and at least one of its
 * variants is covered by a certificate valid now.
 */
export function listingChanges(products: ProductCoverage[], now: Date) {
  const add: string[] = []
  const remove: string[] = []
  for (const product of products) {
    const sellable =
      product.producer_approved &&
      product.variants.some((variant) => variant.certificates.some((c) => isCertificateValid(c, now)))
    if (sellable && !product.listed) add.push(product.id)
    if (!sellable && product.listed) remove.push(product.id)
  }
  return { add, remove }
}
