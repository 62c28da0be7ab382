import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@ocop/contracts"
import { isCertificateValid } from "../../modules/ocop/validity"

export type UnpurchasableVariant = {
  variant_id: string
  product_title: string
  variant_title: string
  /** Why: no certificate valid now covers it, or its producer is not approved (suspended). */
  reason: "certificate" | "producer"
}

/**
 * The purchase rule, checked where money changes hands: a variant may be bought only while a
 * certificate valid now covers it and its producer is approved. The listing sync makes this true for the storefront; this
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
      "product.producer.status",
      "certified_skus.certificate.status",
      "certified_skus.certificate.expires_at",
      "certified_skus.certificate.renewal_filed_at",
    ],
    filters: { id: ids },
  })
  return variants.flatMap((variant: any): UnpurchasableVariant[] => {
    const certified = (variant.certified_skus ?? []).some((sku: any) => sku?.certificate && isCertificateValid(sku.certificate, now))
    const approved = variant.product?.producer?.status === "approved"
    if (certified && approved) return []
    return [
      {
        variant_id: variant.id,
        product_title: variant.product?.title ?? variant.title,
        variant_title: variant.title,
        reason: certified ? "producer" : "certificate",
      },
    ]
  })
}

const REFUSAL = {
  add: {
    certificate: "không thuộc giấy chứng nhận OCOP nào còn hiệu lực nên không được bán.",
    producer: "tạm thời không được bán vì nhà sản xuất đang bị tạm ngưng.",
  },
  order: {
    certificate: "không còn giấy chứng nhận OCOP hiệu lực nên không thể đặt hàng.",
    producer: "tạm thời không được bán vì nhà sản xuất đang bị tạm ngưng.",
  },
}
const KEEP_CART = " Hãy xoá khỏi giỏ hàng để tiếp tục; giỏ hàng của bạn vẫn được giữ nguyên."

/** Refuses, naming the products and why, when any of the variants may not be sold now. */
export async function assertPurchasable(container: MedusaContainer, variantIds: string[], when: keyof typeof REFUSAL) {
  const refused = await unpurchasableVariants(container, variantIds)
  if (!refused.length) return
  const sentences = (["certificate", "producer"] as const).flatMap((reason) => {
    const names = refused.filter((v) => v.reason === reason).map((v) => `"${v.product_title}" (${v.variant_title})`)
    return names.length ? [`${names.join(", ")} ${REFUSAL[when][reason]}`] : []
  })
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, sentences.join(" ") + (when === "order" ? KEEP_CART : ""), ERROR_CODES.NOT_PURCHASABLE)
}
