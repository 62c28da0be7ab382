import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isCertificateValid } from "../modules/ocop/validity"
import { TRACEABILITY_MODULE } from "../modules/traceability"
import type TraceabilityModuleService from "../modules/traceability/service"
import { formatStampCode, normalizeStampCode } from "../modules/traceability/stamp-code"
import { vietnamDay } from "./showroom-reports"

type BatchRecord = Awaited<ReturnType<TraceabilityModuleService["listBatches"]>>[number]
type StampRecord = Awaited<ReturnType<TraceabilityModuleService["listStamps"]>>[number]

const traceability = (container: MedusaContainer) => container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
const query = (container: MedusaContainer) => container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)

/** Batches as the producer portal lists them: the packaging's names and how many stamps are in each status. */
export async function shapeBatches(container: MedusaContainer, batches: BatchRecord[]) {
  const [counts, { data: variants }] = await Promise.all([
    traceability(container).stampCounts(batches.map((b) => b.id)),
    query(container).graph({
      entity: "product_variant",
      fields: ["id", "title", "sku", "product.title"],
      filters: { id: [...new Set(batches.map((b) => b.variant_id))] },
    }),
  ])
  const variantOf = new Map((variants as any[]).map((v) => [v.id, v]))
  return batches.map((batch) => ({
    id: batch.id,
    lot_number: batch.lot_number,
    variant_id: batch.variant_id,
    sku: variantOf.get(batch.variant_id)?.sku ?? null,
    product_title: variantOf.get(batch.variant_id)?.product?.title ?? "",
    variant_title: variantOf.get(batch.variant_id)?.title ?? "",
    produced_on: vietnamDay(batch.produced_on),
    expires_on: batch.expires_on ? vietnamDay(batch.expires_on) : null,
    quantity: batch.quantity,
    created_at: batch.created_at,
    stamps: counts.get(batch.id)!,
  }))
}

export const shapeStamp = (stamp: StampRecord) => ({
  code: formatStampCode(stamp.code),
  status: stamp.status,
  activated_at: stamp.activated_at ?? null,
  voided_at: stamp.voided_at ?? null,
  void_reason: stamp.void_reason ?? null,
})

/** The stamp a typed or scanned code (or trace URL) names, with its batch; null when there is none. */
export async function findStamp(container: MedusaContainer, typed: string) {
  const code = normalizeStampCode(typed)
  if (!code) return null
  const [stamp] = await traceability(container).listStamps({ code }, { relations: ["batch"] })
  return stamp ?? null
}

/**
 * What the public trace page shows for a stamp: the unit's product, batch, producer and certificate,
 * as the national traceability portal does. Each read counts as one scan.
 */
export async function traceOf(container: MedusaContainer, typed: string) {
  const stamp = await findStamp(container, typed)
  if (!stamp) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy tem ${typed}: hãy kiểm tra lại mã in trên tem.`)
  const scans = await traceability(container).countScan(stamp.id)
  const { data } = await query(container).graph({
    entity: "product_variant",
    fields: [
      "title",
      "sku",
      "product.title",
      "product.handle",
      "product.thumbnail",
      "product.producer.name",
      "product.producer.handle",
      "product.producer.province",
      "product.producer.address",
      "certified_skus.certificate.stars",
      "certified_skus.certificate.status",
      "certified_skus.certificate.issued_at",
      "certified_skus.certificate.expires_at",
      "certified_skus.certificate.renewal_filed_at",
    ],
    filters: { id: stamp.batch.variant_id },
  })
  const variant = data[0] as any
  const certificates = (variant?.certified_skus ?? []).map((sku: any) => sku?.certificate).filter(Boolean)
  // The certificate that makes it valid now, else the most recent one.
  const certificate =
    certificates.find((c: any) => isCertificateValid(c)) ??
    certificates.sort((a: any, b: any) => +new Date(b.expires_at) - +new Date(a.expires_at))[0] ??
    null
  const producer = variant?.product?.producer
  return {
    stamp: { code: formatStampCode(stamp.code), status: stamp.status, activated_at: stamp.activated_at ?? null },
    scans,
    batch: {
      lot_number: stamp.batch.lot_number,
      produced_on: vietnamDay(stamp.batch.produced_on),
      expires_on: stamp.batch.expires_on ? vietnamDay(stamp.batch.expires_on) : null,
    },
    product: {
      title: variant?.product?.title ?? "",
      handle: variant?.product?.handle ?? "",
      thumbnail: variant?.product?.thumbnail ?? null,
      variant_title: variant?.title ?? "",
      sku: variant?.sku ?? null,
    },
    // A batch is only ever recorded by the producer of its packaging.
    producer: { name: producer.name, handle: producer.handle, province: producer.province ?? null, address: producer.address ?? null },
    certificate: certificate
      ? { stars: certificate.stars, valid: isCertificateValid(certificate), expires_at: certificate.expires_at ?? null }
      : null,
  }
}
