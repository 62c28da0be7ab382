import type { MedusaContainer } from "@medusajs/framework/types"
import { type BatchChoice, type LineBatch, vietnamDay } from "@ocop/contracts"
import { TRACEABILITY_MODULE } from "../modules/traceability"
import type TraceabilityModuleService from "../modules/traceability/service"

const traceability = (container: MedusaContainer) => container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)

/** The batch each shipped line of these orders came from, by line id (lines without one are absent). */
export async function shippedBatchesOf(container: MedusaContainer, orderIds: string[]): Promise<Map<string, LineBatch>> {
  if (!orderIds.length) return new Map()
  const records = await traceability(container).listShippedBatches({ order_id: orderIds }, { relations: ["batch"] })
  return new Map(records.map((record) => [record.line_item_id, { id: record.batch.id, lot_number: record.batch.lot_number }]))
}

/** Batches the producer can name when it ships these packagings: its own, newest production first. */
export async function batchChoices(container: MedusaContainer, producerId: string, variantIds: string[]): Promise<BatchChoice[]> {
  if (!variantIds.length) return []
  const batches = await traceability(container).listBatches(
    { producer_id: producerId, variant_id: variantIds },
    { order: { produced_on: "DESC", created_at: "DESC" }, take: 200 }
  )
  return batches.map((batch) => ({
    id: batch.id,
    variant_id: batch.variant_id,
    lot_number: batch.lot_number,
    produced_on: vietnamDay(batch.produced_on),
    expires_on: batch.expires_on ? vietnamDay(batch.expires_on) : null,
  }))
}
