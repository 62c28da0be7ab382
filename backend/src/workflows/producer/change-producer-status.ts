import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import { canApply, type ProducerAction, type ProducerStatus } from "../../modules/producer/rules"
import type ProducerModuleService from "../../modules/producer/service"
import { syncListingWorkflow } from "../certification/sync-listing"

export type ChangeProducerStatusInput = { id: string; action: ProducerAction; reason?: string }

const REFUSED: Record<ProducerAction, string> = {
  approve: "Chỉ duyệt được nhà sản xuất đang chờ duyệt hoặc đang bị tạm ngưng.",
  suspend: "Nhà sản xuất này đã bị tạm ngưng.",
}

const changeStatusStep = createStep(
  "change-producer-status",
  async (input: ChangeProducerStatusInput, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const before = await producers.retrieveProducer(input.id)
    if (!canApply(input.action, before.status as ProducerStatus)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, REFUSED[input.action])
    }
    const now = new Date()
    const after = await producers.updateProducers(
      input.action === "approve"
        ? { id: input.id, status: "approved", approved_at: now, suspension_reason: null, suspended_at: null }
        : { id: input.id, status: "suspended", suspension_reason: input.reason ?? null, suspended_at: now }
    )
    const { id, status, approved_at, suspension_reason, suspended_at } = before
    return new StepResponse(after, { id, status, approved_at, suspension_reason, suspended_at })
  },
  async (before, { container }) => {
    if (before) await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducers(before)
  }
)

/**
 * The coordination office approves or suspends a producer; its products join or leave the
 * storefront in the same run (the listing rule requires an approved producer).
 */
export const changeProducerStatusWorkflow = createWorkflow("change-producer-status", (input: ChangeProducerStatusInput) => {
  const producer = changeStatusStep(input)
  const { data: producers } = useQueryGraphStep({
    entity: "producer",
    fields: ["products.id"],
    filters: { id: input.id },
  })
  syncListingWorkflow.runAsStep({
    input: transform({ producers }, ({ producers }) => ({
      product_ids: (producers[0]?.products ?? []).flatMap((p: { id: string } | null) => (p ? [p.id] : [])),
    })),
  })
  return new WorkflowResponse(producer)
})
