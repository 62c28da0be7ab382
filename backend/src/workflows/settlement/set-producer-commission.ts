import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"

const setCommissionStep = createStep(
  "set-producer-commission",
  async (input: { id: string; commission_bps: number }, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const before = await producers.retrieveProducer(input.id, { select: ["id", "commission_bps"] })
    await producers.updateProducers(input)
    return new StepResponse(undefined, { id: before.id, commission_bps: before.commission_bps })
  },
  async (before, { container }) => {
    if (before) await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducers(before)
  }
)

/** The office sets a producer's commission; months already closed keep the rate they were closed with. */
export const setProducerCommissionWorkflow = createWorkflow(
  "set-producer-commission",
  (input: { id: string; commission_bps: number }) => {
    setCommissionStep(input)
    return new WorkflowResponse(undefined)
  }
)
