// A product's OCOP certificates, as the store API lists them (only those valid now). A certificate
// names exactly which packagings (variants) it covers: only those may be offered to shoppers.

import { formatDate } from "@ocop/contracts"
import { isStars, type Stars } from "@/modules/ocop/stars"

export type CertifiedSku = {
  variant_id: string
  /** Quy cách, e.g. "Hộp 400 g". */
  packaging: string
  /** The label design registered at evaluation. */
  label_image_url: string | null
}

export type Certificate = {
  id: string
  decision_number: string
  decision_date: string
  issuer: string
  stars: number
  product_set: number
  /** Its name in Decision 26/2026 annex I, as the API gives it. */
  product_set_name: string | null
  program_year: number
  owner_name: string
  issued_at: string
  /** The last moment it is valid (expiry, or the end of a renewal's grace period). */
  valid_until: string
  skus: CertifiedSku[]
}

/**
 * A certificate as the producer APIs summarise it (docs/PRODUCER-API.md `CertificateSummary`): the
 * decision and the product it recognises, without the label images.
 */
export type CertificateSummary = {
  id: string
  decision_number: string
  decision_date: string
  issuer: string
  product_name: string
  product_id: string | null
  stars: number
  product_set: number
  product_set_name: string | null
  status: string
  issued_at: string
  expires_at: string
  valid_until: string
  renewal_filed_at: string | null
  renewal_window: { opens_at: string; closes_at: string }
  skus: { variant_id: string; sku: string | null; packaging: string }[]
}

/** "7. Chế biến từ rau, quả, hạt" from the set and the name the API gives; just the number without one. */
export function productSetLabel(productSet: number | string, name: string | null | undefined): string {
  return name ? `${productSet}. ${name}` : String(productSet)
}

/** As printed on a certificate: "4894/QĐ-UBND ngày 12/11/2024". */
export function decisionLine(certificate: Pick<Certificate, "decision_number" | "decision_date">): string {
  return `${certificate.decision_number} ngày ${formatDate(certificate.decision_date)}`
}

/** The star rating the certificates grant (the highest, if several), or null when none states 3–5. */
export function certifiedStars(certificates: Pick<Certificate, "stars">[]): Stars | null {
  const stars = certificates.map((certificate) => certificate.stars).filter(isStars)
  return stars.length > 0 ? (Math.max(...stars) as Stars) : null
}

/**
 * The certificate a product is presented by: the one granting the most stars, and of those the most
 * recent evaluation (program year). Null without any.
 */
export function bestCertificate<C extends Pick<Certificate, "stars" | "program_year">>(certificates: C[]): C | null {
  let best: C | null = null
  for (const certificate of certificates) {
    if (
      !best ||
      certificate.stars > best.stars ||
      (certificate.stars === best.stars && certificate.program_year > best.program_year)
    ) {
      best = certificate
    }
  }
  return best
}
