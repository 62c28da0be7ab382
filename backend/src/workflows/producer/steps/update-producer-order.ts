import type { InferTypeOf } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type { ProducerOrder } from "../../../modules/producer/models/producer-order"
import type ProducerModuleService from "../../../modules/producer/service"
import { pickFields } from "../../../utils/pick-fields"

const FIELDS = [
  "status",
  "tracking_number",
  "carrier",
  "fulfillment_id",
  "cancel_reason",
  "confirmed_at",
  "shipped_at",
  "delivered_at",
  "canceled_at",
] as const
type PartUpdate = Partial<Pick<InferTypeOf<typeof ProducerOrder>, (typeof FIELDS)[number]>> & { id: string }

/** Changes a producer's part of an order; undone, its fields are put back as they were. */
export const updateProducerOrderStep = createStep(
  "update-producer-order",
  async (update: PartUpdate, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const part = await producers.retrieveProducerOrder(update.id, { select: ["id", ...FIELDS] })
    const before: PartUpdate = { id: part.id, ...pickFields(part, FIELDS) }
    await producers.updateProducerOrders(update)
    return new StepResponse(undefined, before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducerOrders(before)
  }
)
