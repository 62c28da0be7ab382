import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { DAY_MS, isCertificateValid, validUntil } from "../../../../modules/ocop/validity"
import { containsPattern } from "../../../../utils/sql"
import type { ListCertificatesQuery } from "@ocop/contracts/schemas"

/** What the office sees of a certificate: the decision, its product and each covered SKU. */
export const CERTIFICATE_FIELDS = [
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

export function certificateFilters(query: ListCertificatesQuery, now: Date) {
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

export function presentCertificate<T extends { status: any; expires_at: any; renewal_filed_at?: any }>(certificate: T, now: Date) {
  return { ...certificate, valid_now: isCertificateValid(certificate, now), valid_until: validUntil(certificate) }
}

export async function retrieveCertificate(scope: MedusaContainer, id: string) {
  const query = scope.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const {
    data: [certificate],
  } = await query.graph({ entity: "certificate", fields: CERTIFICATE_FIELDS, filters: { id } })
  if (!certificate) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy giấy chứng nhận này: có thể nó đã bị xoá hoặc đường dẫn không đúng.")
  return presentCertificate(certificate, new Date())
}
