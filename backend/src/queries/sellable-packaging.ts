import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isCertificateValid, type CertificateDates } from "@ocop/contracts"

/**
 * "May this packaging (product variant) be sold now?", answered in one place: while a certificate
 * valid now (the contracts' certificate-validity.ts: status, 36 months, the renewal grace) names it among its
 * certified SKUs, and its producer is approved. The listing sync, the catalog cards, the purchase
 * guard, the producer portal and the trace page all decide with these functions.
 */

/** What Query must read of a packaging to decide; from another entity, prefix each ("variants."). */
export const SELLABLE_PACKAGING_FIELDS = [
  "certified_skus.certificate.status",
  "certified_skus.certificate.expires_at",
  "certified_skus.certificate.renewal_filed_at",
]

/** A packaging as Query reads it with SELLABLE_PACKAGING_FIELDS (and whatever other certificate fields). */
export type CertifiedPackaging<C extends CertificateDates = CertificateDates> = {
  certified_skus?: ({ certificate?: C | null } | null)[] | null
}

/** Those of the certificates valid now (Query answers null for a link whose record is gone). */
export function certificatesValidNow<C extends CertificateDates>(
  certificates: (C | null | undefined)[] | null | undefined,
  now: Date
): C[] {
  return (certificates ?? []).filter((certificate): certificate is C => !!certificate && isCertificateValid(certificate, now))
}

/** The certificates valid now that cover the packaging. */
export function certificatesCovering<C extends CertificateDates>(
  packaging: CertifiedPackaging<C> | null | undefined,
  now: Date
): C[] {
  return certificatesValidNow(
    (packaging?.certified_skus ?? []).map((sku) => sku?.certificate),
    now
  )
}

/** Whether a certificate valid now covers the packaging, whatever its producer's status. */
export const isCoveredNow = (packaging: CertifiedPackaging | null | undefined, now: Date) =>
  certificatesCovering(packaging, now).length > 0

export type NotSellableReason = "certificate" | "producer"

/**
 * Why the packaging may not be sold now, or null when it may: no certificate valid now covers it, or,
 * covered, its producer is not approved (pending or suspended).
 */
export function whyNotSellable(
  packaging: CertifiedPackaging | null | undefined,
  producerStatus: string | null | undefined,
  now: Date
): NotSellableReason | null {
  if (!isCoveredNow(packaging, now)) return "certificate"
  return producerStatus === "approved" ? null : "producer"
}

export type UnsellablePackaging = {
  variant_id: string
  product_title: string
  variant_title: string
  reason: NotSellableReason
}

/** Those of the packagings that may not be sold now, with their names and why: one Query read. */
export async function unsellablePackagings(
  container: MedusaContainer,
  variantIds: string[],
  now = new Date()
): Promise<UnsellablePackaging[]> {
  const ids = [...new Set(variantIds.filter(Boolean))]
  if (!ids.length) return []
  const { data: variants } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "title", "product.title", "product.producer.status", ...SELLABLE_PACKAGING_FIELDS],
    filters: { id: ids },
  })
  return variants.flatMap((variant): UnsellablePackaging[] => {
    const reason = whyNotSellable(variant, variant.product?.producer?.status, now)
    if (!reason) return []
    return [
      { variant_id: variant.id, product_title: variant.product?.title ?? variant.title, variant_title: variant.title, reason },
    ]
  })
}
