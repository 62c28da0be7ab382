import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isCertificateValid } from "../../modules/ocop/validity"

export type UnpurchasableVariant = { variant_id: string; product_title: string; variant_title: string }

/**
 * The purchase rule, checked where money changes hands: a variant may be bought only while a
 * certificate valid now covers it. The listing sync makes this true for the storefront; this
 * check closes the gap between a revocation and a cart made before it.
 */
export async function unpurchasableVariants(container: MedusaContainer, variantIds: string[], now = new Date()) {
  const ids = [...new Set(variantIds.filter(Boolean))]
  if (!ids.length) return []
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "product.title",
      "certified_skus.certificate.status",
      "certified_skus.certificate.expires_at",
      "certified_skus.certificate.renewal_filed_at",
    ],
    filters: { id: ids },
  })
  return variants
    .filter((variant: any) => !(variant.certified_skus ?? []).some((sku: any) => sku?.certificate && isCertificateValid(sku.certificate, now)))
    .map(
      (variant: any): UnpurchasableVariant => ({
        variant_id: variant.id,
        product_title: variant.product?.title ?? variant.title,
        variant_title: variant.title,
      })
    )
}

const REFUSAL = {
  add: "không thuộc giấy chứng nhận OCOP nào còn hiệu lực nên không được bán.",
  order: "không còn giấy chứng nhận OCOP hiệu lực nên không thể đặt hàng. Hãy xoá khỏi giỏ hàng để tiếp tục; giỏ hàng của bạn vẫn được giữ nguyên.",
}

/** Refuses, naming the products, when any of the variants may not be sold now. */
export async function assertPurchasable(container: MedusaContainer, variantIds: string[], when: keyof typeof REFUSAL) {
  const refused = await unpurchasableVariants(container, variantIds)
  if (!refused.length) return
  const names = refused.map((v) => `"${v.product_title}" (${v.variant_title})`).join(", ")
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${names} ${REFUSAL[when]}`)
}
