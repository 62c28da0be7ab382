import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "@ocop/contracts"
import type { ShipBody } from "@ocop/contracts/schemas"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import { notFound } from "../../../queries/producer-scope"

export type ShippedLines = {
  producer_id: string
  order_id: string
  producer_order_id: string
  /** The part's lines, with the packaging each one sells. */
  lines: { id: string; title: string; variant_id: string | null }[]
  /** The batch the producer named for some of them. */
  batches: ShipBody["batches"]
}

type BatchRecord = Awaited<ReturnType<TraceabilityModuleService["listBatches"]>>[number]

/** The batch named for a line, refused when it cannot be where the line's units came from. */
function batchOfLine(batch: BatchRecord | undefined, line: { title: string; variant_id: string | null }, among: string) {
  if (!batch) throw notFound(`lô hàng được chọn cho “${line.title}” trong ${among}`)
  if (batch.variant_id !== line.variant_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Lô ${batch.lot_number} là của quy cách khác, không phải của “${line.title}”: chọn lô của đúng quy cách này.`,
      ERROR_CODES.BATCH_OTHER_PACKAGING
    )
  }
  return batch
}

/**
 * Refuses batches that cannot be where the lines came from: a line of another part (400), a batch that
 * is not this producer's (404, as if it did not exist), a batch of another packaging (400).
 */
export const checkShippedBatchesStep = createStep("check-shipped-batches", async (input: ShippedLines, { container }) => {
  if (!input.batches.length) return new StepResponse(undefined)
  const lineById = new Map(input.lines.map((line) => [line.id, line]))
  const found = await container
    .resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    .listBatches({ id: input.batches.map((named) => named.batch_id), producer_id: input.producer_id })
  const batchById = new Map(found.map((batch) => [batch.id, batch]))
  for (const named of input.batches) {
    const line = lineById.get(named.line_item_id)
    if (!line) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Dòng hàng được ghi lô không thuộc phần đơn này.",
        ERROR_CODES.INVALID_DATA
      )
    }
    batchOfLine(batchById.get(named.batch_id), line, "các lô của cơ sở")
  }
  return new StepResponse(undefined)
})

/**
 * The lot number of the batch each counter-sale line names (null where none is named), refused like a
 * shipment's: an unknown batch (404), a batch of another packaging — so of another producer too — (400).
 * The sale's stock movement keeps the lot beside the packaging, as a consignment's receipt does.
 */
export const lotsOfSoldBatchesStep = createStep(
  "lots-of-sold-batches",
  async (lines: { title: string; variant_id: string; batch_id?: string | null }[], { container }) => {
    const ids = lines.flatMap((line) => (line.batch_id ? [line.batch_id] : []))
    if (!ids.length) return new StepResponse(lines.map(() => null))
    const found = await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).listBatches({ id: ids })
    const batchById = new Map(found.map((batch) => [batch.id, batch]))
    return new StepResponse(
      lines.map((line) => (line.batch_id ? batchOfLine(batchById.get(line.batch_id), line, "các lô OCOP").lot_number : null))
    )
  }
)

/** Writes which batch each named line was shipped from; removed again if the shipment fails after it. */
export const recordShippedBatchesStep = createStep(
  "record-shipped-batches",
  async (input: ShippedLines, { container }) => {
    if (!input.batches.length) return new StepResponse([], [])
    const created = await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).createShippedBatches(
      input.batches.map((named) => ({
        order_id: input.order_id,
        producer_order_id: input.producer_order_id,
        line_item_id: named.line_item_id,
        batch_id: named.batch_id,
      }))
    )
    return new StepResponse(
      created,
      created.map((record) => record.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).deleteShippedBatches(ids)
  }
)
