import {
  type CertificateDates,
  type CertificateSummary,
  DAY_MS,
  OCOP_PRODUCT_SETS,
  RENEWAL_WINDOW_DAYS,
  validUntil,
} from "@ocop/contracts"
import { certificatesValidNow } from "./sellable-packaging"

/** The certificate fields Query must read for `certificateSummary` (under any prefix). */
export const CERTIFICATE_SUMMARY_FIELDS = [
  "*",
  "skus.packaging",
  "skus.label_image_url",
  "skus.product_variant.id",
  "skus.product_variant.sku",
]

/**
 * A certificate as the portals and the shop show it: what it states, until when, which packagings.
 * The dates read from the database stay Date objects until the answer's JSON turns them into the
 * same ISO strings the computed ones are written as here.
 */
export function certificateSummary(certificate: any, productId: string | null): CertificateSummary {
  const expiresAt = new Date(certificate.expires_at)
  return {
    id: certificate.id,
    decision_number: certificate.decision_number,
    decision_date: certificate.decision_date,
    issuer: certificate.issuer,
    product_name: certificate.product_name,
    product_id: productId,
    owner_name: certificate.owner_name,
    stars: certificate.stars,
    product_set: certificate.product_set,
    product_set_name: OCOP_PRODUCT_SETS[certificate.product_set] ?? null,
    program_year: certificate.program_year,
    status: certificate.status,
    issued_at: certificate.issued_at,
    expires_at: certificate.expires_at,
    valid_until: validUntil(certificate).toISOString(),
    renewal_filed_at: certificate.renewal_filed_at ?? null,
    renewal_window: {
      opens_at: new Date(expiresAt.getTime() - RENEWAL_WINDOW_DAYS.earliest * DAY_MS).toISOString(),
      closes_at: new Date(expiresAt.getTime() - RENEWAL_WINDOW_DAYS.latest * DAY_MS).toISOString(),
    },
    skus: (certificate.skus ?? [])
      .filter((sku: any) => sku?.product_variant)
      .map((sku: any) => ({
        variant_id: sku.product_variant.id,
        sku: sku.product_variant.sku ?? null,
        packaging: sku.packaging,
        label_image_url: sku.label_image_url ?? null,
      })),
  }
}

/** A product's certificates a shopper may rely on, as the shop shows them: only those valid now. */
export function validCertificateSummaries(
  product: { id: string; certificates?: ((CertificateDates & Record<string, any>) | null)[] | null },
  now: Date
): CertificateSummary[] {
  return certificatesValidNow(product.certificates, now).map((certificate) => certificateSummary(certificate, product.id))
}
