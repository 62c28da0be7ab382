import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type CertificateDates, DAY_MS, type MissingStandard, RENEWAL_GRACE_DAYS } from "@ocop/contracts"
import { ownProductIds } from "./producer-scope"
import { STANDARD_FIELDS, type StandardRecord, standardLinks } from "./published-standards"
import { certificatesValidNow } from "./sellable-packaging"

const query = (container: MedusaContainer) => container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)

type ProductRow = {
  id: string
  title: string
  producer?: { id: string; name: string } | null
  certificates?: ((CertificateDates & { stars: number }) | null)[] | null
  published_standards?: (StandardRecord | null)[] | null
}

/**
 * Products with a 4★/5★ certificate that may be valid now: only status and expiry are filtered here, a
 * renewal filed in time may extend validity by the grace, so the exact rule runs on the rows read.
 */
async function productsWithHighStarCertificates(container: MedusaContainer, now: Date): Promise<string[]> {
  const { data } = await query(container).graph({
    entity: "certificate",
    fields: ["product.id"],
    filters: {
      stars: [4, 5],
      status: "valid",
      expires_at: { $gt: new Date(now.getTime() - RENEWAL_GRACE_DAYS * DAY_MS) },
    },
  })
  return [...new Set(data.flatMap((certificate) => (certificate.product?.id ? [certificate.product.id] : [])))]
}

/**
 * The 4★/5★ products with a certificate valid now and no TCCS in force (the notice asks every
 * recognised product to publish its base standard; the office follows up from 4★), of one producer or
 * of all: the producer's dashboard reads only its own products, the office's list only the products a
 * high-star certificate may still cover.
 */
export async function productsMissingStandard(container: MedusaContainer, producerId?: string): Promise<MissingStandard[]> {
  const now = new Date()
  const productIds = producerId
    ? await ownProductIds(container, producerId)
    : await productsWithHighStarCertificates(container, now)
  if (!productIds.length) return []
  const { data } = await query(container).graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "producer.id",
      "producer.name",
      ...["stars", "status", "issued_at", "expires_at", "renewal_filed_at"].map((field) => `certificates.${field}`),
      ...STANDARD_FIELDS.map((field) => `published_standards.${field}`),
    ],
    filters: { id: productIds },
  })
  const missing: MissingStandard[] = []
  for (const product of data as ProductRow[]) {
    const producer = product.producer
    const stars = Math.max(
      0,
      ...certificatesValidNow(product.certificates, now)
        .filter((certificate) => certificate.stars >= 4)
        .map((certificate) => certificate.stars)
    )
    if (!producer || !stars) continue
    if (standardLinks(product.published_standards, now).some((link) => link.kind === "tccs")) continue
    missing.push({
      product_id: product.id,
      product_title: product.title,
      producer_id: producer.id,
      producer_name: producer.name,
      stars,
    })
  }
  return missing.sort((a, b) => b.stars - a.stars || a.product_title.localeCompare(b.product_title, "vi"))
}
