import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  type CertificateDates,
  DAY_MS,
  type MissingStandard,
  RENEWAL_GRACE_DAYS,
  type PublishedStandard,
  type StandardKind,
  type StandardLink,
  standardsInForce,
  vietnamDay,
} from "@ocop/contracts"
import { ownProductIds } from "./producer-scope"
import { certificatesValidNow } from "./sellable-packaging"

const query = (container: MedusaContainer) => container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)

/** The fields of a published version Query must read (under any prefix, e.g. `product.published_standards.`). */
export const STANDARD_FIELDS = ["id", "kind", "version", "effective_on", "url", "published_at"]

/** A published version as Query reads it with STANDARD_FIELDS. */
export type StandardRecord = {
  id: string
  kind: StandardKind
  version: string
  effective_on: Date | string
  url: string
  published_at: Date | string
}

/** The record with its effective day as the Vietnam calendar day the rule compares. */
const dated = (record: StandardRecord) => ({ ...record, effective_on: vietnamDay(new Date(record.effective_on)) })

/** Query answers null for a link whose record is gone. */
const present = (records: (StandardRecord | null | undefined)[] | null | undefined) =>
  (records ?? []).filter((record): record is StandardRecord => !!record)

/** The versions in force at `now` as the shop links them, TCCS first. */
export function standardLinks(records: (StandardRecord | null | undefined)[] | null | undefined, now: Date): StandardLink[] {
  return standardsInForce(present(records).map(dated), vietnamDay(now)).map(({ kind, version, effective_on, url }) => ({
    kind,
    version,
    effective_on,
    url,
  }))
}

/** Every version of a product's standards, newest effective first, each marked whether it is in force now. */
export async function productStandards(container: MedusaContainer, productId: string): Promise<PublishedStandard[]> {
  const { data } = await query(container).graph({
    entity: "product",
    fields: STANDARD_FIELDS.map((field) => `published_standards.${field}`),
    filters: { id: productId },
  })
  const versions = present(data[0]?.published_standards as StandardRecord[] | undefined).map(dated)
  const inForce = new Set(standardsInForce(versions, vietnamDay(new Date())).map((version) => version.id))
  return versions
    .map((version) => ({
      id: version.id,
      kind: version.kind,
      version: version.version,
      effective_on: version.effective_on,
      url: version.url,
      published_at: new Date(version.published_at).toISOString(),
      in_force: inForce.has(version.id),
    }))
    .sort((a, b) => b.effective_on.localeCompare(a.effective_on) || b.published_at.localeCompare(a.published_at))
}

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

/** The products with a version taking effect in (since, until]: their pages must now link it. */
export async function productsWithStandardsTakingEffect(container: MedusaContainer, since: Date, until: Date) {
  const { data } = await query(container).graph({
    entity: "published_standard",
    fields: ["product.id"],
    filters: { effective_on: { $gt: since, $lte: until } },
  })
  return [...new Set(data.flatMap((standard) => (standard.product?.id ? [standard.product.id] : [])))]
}
