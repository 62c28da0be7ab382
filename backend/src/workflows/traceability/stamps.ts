import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE } from "../../modules/traceability"
import type TraceabilityModuleService from "../../modules/traceability/service"
import { ERROR_CODES } from "@ocop/contracts"
import { formatStampCode, newStampCode, normalizeStampCode } from "../../modules/traceability/stamp-code"
import { producerBatch } from "../../queries/production-batches"
import { assertPurchasable } from "../certification/purchasable"

const traceability = (container: MedusaContainer) => container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)

export type NewBatch = {
  producer_id: string
  variant_id: string
  lot_number: string
  produced_on: Date
  expires_on: Date | null
  quantity: number
}

/** The producer's own packaging, certified now: a batch of anything else gets no OCOP stamps. */
async function assertStampable(container: MedusaContainer, input: NewBatch) {
  const { data } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "product.producer.id"],
    filters: { id: input.variant_id },
  })
  if ((data[0] as any)?.product?.producer?.id !== input.producer_id) {
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

const activateStampsStep = createStep(
  "activate-batch-stamps",
  async (input: { producer_id: string; batch_id: string }, { container }) => {
    await producerBatch(container, input.producer_id, input.batch_id)
    const printed = await traceability(container).listStamps({ batch_id: input.batch_id, status: "printed" }, { select: ["id"] })
    if (!printed.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Lô này không còn tem nào chờ kích hoạt.")
    const ids = printed.map((stamp) => stamp.id)
    await traceability(container).updateStamps({ selector: { id: ids }, data: { status: "activated", activated_at: new Date() } })
    return new StepResponse(ids.length, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await traceability(container).updateStamps({ selector: { id: ids }, data: { status: "printed", activated_at: null } })
  }
)

/** The batch goes on sale: its printed stamps become valid on the trace page and at the counter. */
export const activateBatchWorkflow = createWorkflow("activate-production-batch", (input: { producer_id: string; batch_id: string }) => {
  return new WorkflowResponse(activateStampsStep(input))
})

const voidStampStep = createStep(
  "void-ocop-stamp",
  async (input: { producer_id: string; code: string; reason: string }, { container }) => {
    const code = normalizeStampCode(input.code)
    const [stamp] = code ? await traceability(container).listStamps({ code }, { relations: ["batch"] }) : []
    if (!stamp || stamp.batch.producer_id !== input.producer_id) {
      // Only a code read as one is repeated back: never what was typed in its place.
      const named = code ? `tem ${formatStampCode(code)}` : "tem có mã này"
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy ${named} của cơ sở bạn: hãy đối chiếu lại mã in trên tem.`, ERROR_CODES.STAMP_UNKNOWN)
    }
    if (stamp.status === "voided") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Tem này đã bị huỷ trước đó.")
    const before = { id: stamp.id, status: stamp.status, voided_at: stamp.voided_at, void_reason: stamp.void_reason }
    const voided = await traceability(container).updateStamps({ id: stamp.id, status: "voided", voided_at: new Date(), void_reason: input.reason })
    return new StepResponse(voided, before)
  },
  async (before, { container }) => {
    if (before) await traceability(container).updateStamps(before)
  }
)

/** A lost, damaged or misused stamp: the trace page warns and the counter will not sell by it. */
export const voidStampWorkflow = createWorkflow("void-ocop-stamp", (input: { producer_id: string; code: string; reason: string }) => {
  return new WorkflowResponse(voidStampStep(input))
})
