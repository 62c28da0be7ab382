// How a product's OCOP certificates read (their shapes: ProductCertificate, CertificateSummary in
// @ocop/contracts). A certificate names exactly which packagings (variants) it covers: only those may
// be offered to shoppers.

import { formatDate, type ProductCertificate } from "@ocop/contracts"
import { isStars, type Stars } from "@/modules/ocop/stars"

/** "7. Chế biến từ rau, quả, hạt" from the set and the name the API gives; just the number without one. */
export function productSetLabel(productSet: number | string, name: string | null | undefined): string {
  return name ? `${productSet}. ${name}` : String(productSet)
}

/** As printed on a certificate: "4894/QĐ-UBND ngày 12/11/2024". */
export function decisionLine(certificate: Pick<ProductCertificate, "decision_number" | "decision_date">): string {
  return `${certificate.decision_number} ngày ${formatDate(certificate.decision_date)}`
}

/** The star rating the certificates grant (the highest, if several), or null when none states 3–5. */
export function certifiedStars(certificates: Pick<ProductCertificate, "stars">[]): Stars | null {
  const stars = certificates.map((certificate) => certificate.stars).filter(isStars)
  return stars.length > 0 ? (Math.max(...stars) as Stars) : null
}

/**
 * The certificate a product is presented by: the one granting the most stars, and of those the most
 * recent evaluation (program year). Null without any.
 */
export function bestCertificate<C extends Pick<ProductCertificate, "stars" | "program_year">>(certificates: C[]): C | null {
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
