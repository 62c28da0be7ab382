import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { producerOrderStatusAfter, type ProducerOrderAction } from "../../../modules/producer/order-transitions"
import type ProducerModuleService from "../../../modules/producer/service"
import { notFound } from "../../../queries/producer-scope"

export type ProducerOrderPart = {
  id: string
  order_id: string
  producer_id: string
  status: string
  line_item_ids: string[]
  shipping_method_ids: string[]
  fulfillment_id: string | null
}

/**
 * The part as it is now, refusing (400) when the action is not allowed from its status. Given the
 * acting producer, another producer's part is not found (404), in the words of an id that does not exist.
 */
export const checkProducerOrderActionStep = createStep(
  "check-producer-order-action",
  async (input: { id: string; action: ProducerOrderAction; producer_id?: string }, { container }) => {
    const [part] = await container
      .resolve<ProducerModuleService>(PRODUCER_MODULE)
      .listProducerOrders({ id: input.id, ...(input.producer_id && { producer_id: input.producer_id }) })
    if (!part) throw notFound("đơn hàng")
    const next = producerOrderStatusAfter(input.action, part.status)
    if ("refusal" in next) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, next.refusal, next.code)
    return new StepResponse(part as unknown as ProducerOrderPart)
  }
)
