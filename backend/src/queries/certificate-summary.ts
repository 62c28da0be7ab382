import type { RemoteQueryEntryPoints } from "@medusajs/framework/types"
import { type CertificateSummary, DAY_MS, OCOP_PRODUCT_SETS, RENEWAL_WINDOW_DAYS, validUntil } from "@ocop/contracts"
import { certificatesValidNow } from "./sellable-packaging"

/** The certificate fields Query must read for `certificateSummary` (under any prefix). */
export const CERTIFICATE_SUMMARY_FIELDS = [
  "*",
  "skus.packaging",
  "skus.label_image_url",
  "skus.product_variant.id",
  "skus.product_variant.sku",
]

type Certificate = RemoteQueryEntryPoints["certificate"]

/** A certificate as Query reads it with CERTIFICATE_SUMMARY_FIELDS. */
export type SummarisedCertificate = Pick<
  Certificate,
  | "id"
  | "decision_number"
  | "decision_date"
  | "issuer"
  | "product_name"
  | "owner_name"
  | "stars"
  | "product_set"
  | "program_year"
  | "status"
  | "issued_at"
  | "expires_at"
  | "renewal_filed_at"
> & {
  skus?:
    | ({
        packaging: string
        label_image_url?: string | null
        product_variant?: { id: string; sku?: string | null } | null
      } | null)[]
    | null
}

/** A stored date as the answer's JSON writes it. */
const iso = (date: Date | string) => new Date(date).toISOString()

/** A certificate as the portals and the shop show it: what it states, until when, which packagings. */
export function certificateSummary(certificate: SummarisedCertificate, productId: string | null): CertificateSummary {
  const expiresAt = new Date(certificate.expires_at)
  return {
    id: certificate.id,
    decision_number: certificate.decision_number,
    decision_date: iso(certificate.decision_date),
    issuer: certificate.issuer,
    product_name: certificate.product_name,
    product_id: productId,
    owner_name: certificate.owner_name,
    stars: certificate.stars,
    product_set: certificate.product_set,
    product_set_name: OCOP_PRODUCT_SETS[certificate.product_set] ?? null,
    program_year: certificate.program_year,
    status: certificate.status,
    issued_at: iso(certificate.issued_at),
    expires_at: expiresAt.toISOString(),
    valid_until: validUntil(certificate).toISOString(),
    renewal_filed_at: certificate.renewal_filed_at ? iso(certificate.renewal_filed_at) : null,
    renewal_window: {
      opens_at: new Date(expiresAt.getTime() - RENEWAL_WINDOW_DAYS.earliest * DAY_MS).toISOString(),
      closes_at: new Date(expiresAt.getTime() - RENEWAL_WINDOW_DAYS.latest * DAY_MS).toISOString(),
    },
    skus: (certificate.skus ?? []).flatMap((sku) =>
      sku?.product_variant
        ? [
            {
              variant_id: sku.product_variant.id,
              sku: sku.product_variant.sku ?? null,
              packaging: sku.packaging,
              label_image_url: sku.label_image_url ?? null,
            },
          ]
        : []
    ),
  }
}

/** A product's certificates a shopper may rely on, as the shop shows them: only those valid now. */
export function validCertificateSummaries(
  product: { id: string; certificates?: (SummarisedCertificate | null)[] | null },
  now: Date
): CertificateSummary[] {
  return certificatesValidNow(product.certificates, now).map((certificate) => certificateSummary(certificate, product.id))
}
