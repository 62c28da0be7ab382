import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CertificateSummary } from "@ocop/contracts"
import { CERTIFICATE_SUMMARY_FIELDS, certificateSummary } from "./certificate-summary"
import { ownProductIds } from "./producer-scope"

/** Every certificate of the producer's products, newest decision first, whatever its status. */
export async function producerCertificates(container: MedusaContainer, producerId: string): Promise<CertificateSummary[]> {
  const productIds = await ownProductIds(container, producerId)
  if (!productIds.length) return []
  const { data } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", ...CERTIFICATE_SUMMARY_FIELDS.map((field) => `certificates.${field}`)],
    filters: { id: productIds },
  })
  return data
    .flatMap((product) => (product.certificates ?? []).flatMap((c) => (c ? [certificateSummary(c, product.id)] : [])))
    .sort((a, b) => new Date(b.decision_date).getTime() - new Date(a.decision_date).getTime())
}
