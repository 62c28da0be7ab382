import { whyNotSellable, type CertifiedPackaging } from "../../queries/sellable-packaging"

export type ProductCoverage = {
  id: string
  listed: boolean
  producer_status: string | null | undefined
  variants: (CertifiedPackaging | null)[]
}

/** The listing rule: a product is sold iff one of its packagings may be sold now (queries/sellable-packaging.ts). */
export function listingChanges(products: ProductCoverage[], now: Date) {
  const add: string[] = []
  const remove: string[] = []
  for (const product of products) {
    const sellable = product.variants.some((variant) => !whyNotSellable(variant, product.producer_status, now))
    if (sellable && !product.listed) add.push(product.id)
    if (!sellable && product.listed) remove.push(product.id)
  }
  return { add, remove }
}
