import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { vietnamDay, type ProducerStamp, type ProductionBatch } from "@ocop/contracts"
import { TRACEABILITY_MODULE } from "../modules/traceability"
import type TraceabilityModuleService from "../modules/traceability/service"
import { formatStampCode, normalizeStampCode } from "../modules/traceability/stamp-code"
import type { BeforeJson } from "../utils/before-json"

type BatchRecord = Awaited<ReturnType<TraceabilityModuleService["listBatches"]>>[number]
type StampRecord = Awaited<ReturnType<TraceabilityModuleService["listStamps"]>>[number]

const traceability = (container: MedusaContainer) => container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)

/** The batch, 404 unless it is this producer's. */
export async function producerBatch(container: MedusaContainer, producerId: string, batchId: string) {
  const [batch] = await traceability(container).listBatches({ id: batchId, producer_id: producerId })
  if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy lô sản xuất này.")
  return batch
}

/** The stamp a code (as printed or stored) names, 404 unless it is of one of this producer's batches. */
export async function producerStamp(container: MedusaContainer, producerId: string, typed: string) {
  const code = normalizeStampCode(typed)
  const [stamp] = code ? await traceability(container).listStamps({ code }, { relations: ["batch"] }) : []
  if (!stamp || stamp.batch.producer_id !== producerId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy tem này trong các lô của cơ sở.")
  }
  return stamp
}

/** Batches as the producer portal lists them: the packaging's names and how many stamps are in each status. */
export async function shapeBatches(
  container: MedusaContainer,
  batches: BatchRecord[]
): Promise<BeforeJson<ProductionBatch, "created_at">[]> {
  const [counts, { data: variants }] = await Promise.all([
    traceability(container).stampCounts(batches.map((b) => b.id)),
    container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
      entity: "product_variant",
      fields: ["id", "title", "sku", "product.title"],
      filters: { id: [...new Set(batches.map((b) => b.variant_id))] },
    }),
  ])
  const variantOf = new Map(variants.map((v) => [v.id, v]))
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

/** A stamp as the producer portal lists it. */
export const shapeStamp = (stamp: StampRecord): BeforeJson<ProducerStamp, "activated_at" | "voided_at"> => ({
  code: formatStampCode(stamp.code),
  status: stamp.status,
  activated_at: stamp.activated_at ?? null,
  voided_at: stamp.voided_at ?? null,
  void_reason: stamp.void_reason ?? null,
})
