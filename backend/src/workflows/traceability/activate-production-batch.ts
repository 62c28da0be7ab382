import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE } from "../../modules/traceability"
import type TraceabilityModuleService from "../../modules/traceability/service"
import { producerBatch } from "../../queries/production-batches"

const activateStampsStep = createStep(
  "activate-batch-stamps",
  async (input: { producer_id: string; batch_id: string }, { container }) => {
    await producerBatch(container, input.producer_id, input.batch_id)
    const stamps = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const printed = await stamps.listStamps({ batch_id: input.batch_id, status: "printed" }, { select: ["id"] })
    if (!printed.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Lô này không còn tem nào chờ kích hoạt.")
    const ids = printed.map((stamp) => stamp.id)
    await stamps.updateStamps({ selector: { id: ids }, data: { status: "activated", activated_at: new Date() } })
    return new StepResponse(ids.length, ids)
  },
  async (ids, { container }) => {
    if (ids?.length)
      await container
        .resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
        .updateStamps({ selector: { id: ids }, data: { status: "printed", activated_at: null } })
  }
)

/** The batch goes on sale: its printed stamps become valid on the trace page and at the counter. */
export const activateBatchWorkflow = createWorkflow(
  "activate-production-batch",
  (input: { producer_id: string; batch_id: string }) => {
    return new WorkflowResponse(activateStampsStep(input))
  }
)
