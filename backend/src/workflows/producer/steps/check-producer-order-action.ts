import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { producerOrderStatusAfter, type ProducerOrderAction } from "../../../modules/producer/order-transitions"
import type ProducerModuleService from "../../../modules/producer/service"

export type ProducerOrderPart = {
  id: string
  order_id: string
  producer_id: string
  status: string
  line_item_ids: string[]
  shipping_method_ids: string[]
  fulfillment_id: string | null
}

/** The part as it is now, refusing (400) when the action is not allowed from its status. */
export const checkProducerOrderActionStep = createStep(
  "check-producer-order-action",
  async (input: { id: string; action: ProducerOrderAction }, { container }) => {
    const part = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).retrieveProducerOrder(input.id)
    const next = producerOrderStatusAfter(input.action, part.status)
    if ("refusal" in next) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, next.refusal, next.code)
    return new StepResponse(part as unknown as ProducerOrderPart)
  }
)
