import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE } from "../../modules/traceability"
import type TraceabilityModuleService from "../../modules/traceability/service"
import { newStampCode } from "../../modules/traceability/stamp-code"
import { assertPurchasable } from "../certification/purchasable"
import type { NewBatchBody } from "@ocop/contracts/schemas"

const traceability = (container: MedusaContainer) => container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)

/** A batch as the producer states it, for the producer whose session sent it. */
export type NewBatch = NewBatchBody & { producer_id: string }

/** The producer's own packaging, certified now: a batch of anything else gets no OCOP stamps. */
async function assertStampable(container: MedusaContainer, input: NewBatch) {
  const { data } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "product.producer.id"],
    filters: { id: input.variant_id },
  })
  if (data[0]?.product?.producer?.id !== input.producer_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy quy cách sản phẩm này.")
  }
  await assertPurchasable(container, [input.variant_id], "add")
  if (input.expires_on && input.expires_on < input.produced_on) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Hạn sử dụng không được trước ngày sản xuất.")
  }
  const [same] = await traceability(container).listBatches(
    { producer_id: input.producer_id, variant_id: input.variant_id, lot_number: input.lot_number },
    { select: ["id"] }
  )
  if (same) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Lô ${input.lot_number} của quy cách này đã được ghi nhận.`)
}

/** Codes no stamp has yet (a clash among 2⁶⁰ is all but impossible, but a unique index must never throw here). */
async function freshCodes(container: MedusaContainer, count: number): Promise<string[]> {
  const codes = new Set<string>()
  while (codes.size < count) {
    const batch = Array.from({ length: count - codes.size }, newStampCode).filter((code) => !codes.has(code))
    const taken = new Set((await traceability(container).listStamps({ code: batch }, { select: ["code"] })).map((s) => s.code))
    for (const code of batch) if (!taken.has(code)) codes.add(code)
  }
  return [...codes]
}

const createBatchStep = createStep(
  "create-production-batch",
  async (input: NewBatch, { container }) => {
    await assertStampable(container, input)
    const codes = await freshCodes(container, input.quantity)
    const batch = await traceability(container).createBatches(input)
    await traceability(container).createStamps(codes.map((code) => ({ code, batch_id: batch.id })))
    return new StepResponse(batch, batch.id)
  },
  async (batchId, { container }) => {
    if (batchId) await traceability(container).deleteBatches(batchId)
  }
)

/** A production batch of a certified packaging, with one printed stamp per unit. */
export const createBatchWorkflow = createWorkflow("create-production-batch", (input: NewBatch) => {
  return new WorkflowResponse(createBatchStep(input))
})
