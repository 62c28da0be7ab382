import type { MedusaContainer, RemoteQueryEntryPoints, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { DAY_MS, isCertificateValid, validUntil, type CertificateDates, type OfficeCertificate } from "@ocop/contracts"
import type { BeforeJson } from "../utils/before-json"
import { containsPattern } from "../utils/sql"

/** What the office sees of a certificate: the decision, its product and each covered SKU. */
const CERTIFICATE_FIELDS = [
  "*",
  "product.id",
  "product.title",
  "product.handle",
  "product.thumbnail",
  "skus.id",
  "skus.packaging",
  "skus.label_image_url",
  "skus.product_variant.id",
  "skus.product_variant.title",
  "skus.product_variant.sku",
]

/** What the office searches certificates by; every criterion narrows the list. */
export type CertificateSearch = {
  q?: string
  status?: CertificateDates["status"][]
  stars?: number[]
  product_set?: number[]
  province?: string
  /** A commune (current address) or a district (as printed on older certificates). */
  place?: string
  /** Valid certificates whose expiry falls within this many days. */
  expiring_within?: number
}

function certificateFilters(query: CertificateSearch, now: Date) {
  const like = (text: string) => ({ $ilike: containsPattern(text) })
  const and: Record<string, unknown>[] = []
  if (query.status?.length) and.push({ status: query.status })
  if (query.stars?.length) and.push({ stars: query.stars })
  if (query.product_set?.length) and.push({ product_set: query.product_set })
  if (query.province) and.push({ owner_province: query.province })
  if (query.place) and.push({ $or: [{ owner_commune: like(query.place) }, { owner_district_as_issued: like(query.place) }] })
  if (query.q) {
    and.push({ $or: [{ decision_number: like(query.q) }, { product_name: like(query.q) }, { owner_name: like(query.q) }] })
  }
  if (query.expiring_within) {
    and.push({ status: "valid", expires_at: { $gt: now, $lte: new Date(now.getTime() + query.expiring_within * DAY_MS) } })
  }
  return and.length ? { $and: and } : {}
}

/** A certificate as the office's API answers it; the stored dates are still Dates until the answer's JSON. */
type PresentedCertificate = BeforeJson<
  OfficeCertificate,
  "decision_date" | "issued_at" | "expires_at" | "renewal_filed_at" | "revoked_at" | "suspended_at" | "valid_until"
>

function presentCertificate(certificate: RemoteQueryEntryPoints["certificate"], now: Date): PresentedCertificate {
  return {
    ...certificate,
    skus: certificate.skus.filter((sku) => sku !== null),
    valid_now: isCertificateValid(certificate, now),
    valid_until: validUntil(certificate),
  }
}

/** A page of the office's register, in the order asked ("-field" descending), ties broken by id. */
export async function searchCertificates(
  container: MedusaContainer,
  search: CertificateSearch & { order: string; limit: number; offset: number }
): Promise<{ certificates: PresentedCertificate[]; count: number }> {
  const now = new Date()
  const [field, direction] = search.order.startsWith("-") ? [search.order.slice(1), "DESC"] : [search.order, "ASC"]
  const { data, metadata } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "certificate",
    fields: CERTIFICATE_FIELDS,
    filters: certificateFilters(search, now),
    pagination: { skip: search.offset, take: search.limit, order: { [field]: direction, id: "ASC" } },
  })
  return {
    certificates: data.map((certificate) => presentCertificate(certificate, now)),
    count: metadata?.count ?? data.length,
  }
}

export async function retrieveCertificate(scope: MedusaContainer, id: string): Promise<PresentedCertificate> {
  const query = scope.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const {
    data: [certificate],
  } = await query.graph({ entity: "certificate", fields: CERTIFICATE_FIELDS, filters: { id } })
  if (!certificate)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Không tìm thấy giấy chứng nhận này: có thể nó đã bị xoá hoặc đường dẫn không đúng."
    )
  return presentCertificate(certificate, new Date())
}
