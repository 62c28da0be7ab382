// OCOP certificates as the APIs answer them: summarised for the portals and the shop, whole for the
// coordination office (GET /admin/ocop/certificates). Dates are ISO strings.
import type { CertificateStatus } from "../certificate-validity"

/**
 * A certificate as the portals and the shop summarise it (docs/PRODUCER-API.md `CertificateSummary`):
 * the decision, the product it recognises, until when, and exactly which packagings (variants) it
 * covers: only those may be offered to shoppers.
 */
export type CertificateSummary = {
  id: string
  decision_number: string
  decision_date: string
  issuer: string
  product_name: string
  product_id: string | null
  owner_name: string
  stars: number
  product_set: number
  /** Its name in Decision 26/2026 annex I. */
  product_set_name: string | null
  program_year: number
  status: CertificateStatus
  issued_at: string
  expires_at: string
  /** The last moment it is valid (expiry, or the end of a renewal's grace period). */
  valid_until: string
  renewal_filed_at: string | null
  renewal_window: { opens_at: string; closes_at: string }
  skus: CertifiedSku[]
}

/** A packaging a certificate covers. */
export type CertifiedSku = {
  variant_id: string
  sku: string | null
  /** Quy cách, e.g. "Hộp 400 g". */
  packaging: string
  /** The label design registered at evaluation. */
  label_image_url: string | null
}

/** A certificate valid now, as the product page shows it. */
export const PRODUCT_CERTIFICATE_FIELDS = [
  "id",
  "decision_number",
  "decision_date",
  "issuer",
  "stars",
  "product_set",
  "product_set_name",
  "program_year",
  "owner_name",
  "issued_at",
  "valid_until",
  "skus",
] as const satisfies readonly (keyof CertificateSummary)[]
export type ProductCertificate = Pick<CertificateSummary, (typeof PRODUCT_CERTIFICATE_FIELDS)[number]>

/** A certificate summary cut down to what the product page shows. */
export const productCertificate = (summary: CertificateSummary): ProductCertificate =>
  Object.fromEntries(PRODUCT_CERTIFICATE_FIELDS.map((field) => [field, summary[field]])) as ProductCertificate

/** What a recognition decision states, first issue or re-recognition. */
export type CertificateDecision = {
  decision_number: string
  decision_date: string
  issuer: string
  stars: number
  product_set: number
  program_year: number
  legal_basis: string
  issued_at: string
  expires_at: string
  renewal_filed_at: string | null
}

/** A certificate as the office's API returns it (GET /admin/ocop/certificates), with its product and covered SKUs. */
export type OfficeCertificate = CertificateDecision & {
  id: string
  product_name: string
  owner_name: string
  owner_address: string | null
  owner_commune: string | null
  owner_district_as_issued: string | null
  owner_province: string | null
  status: CertificateStatus
  revocation_reason: string | null
  revoked_at: string | null
  suspension_reason: string | null
  suspended_at: string | null
  renews_id: string | null
  valid_now: boolean
  /** The last moment it is valid (expiry, or the end of a renewal's grace period). */
  valid_until: string
  product: { id: string; title: string; handle: string; thumbnail: string | null } | null
  skus: {
    id: string
    packaging: string
    label_image_url: string | null
    product_variant: { id: string; title: string; sku: string | null } | null
  }[]
}
