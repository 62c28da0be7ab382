import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

/** The customer order a producer's part belongs to: the key of the lock a write to its money takes. */
export const partOrderStep = createStep("producer-part-order", async (input: { id: string }, { container }) => {
  const part = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .retrieveProducerOrder(input.id, { select: ["order_id"] })
  return new StepResponse(part.order_id)
})
