import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

const FIELDS = [
  "status",
  "tracking_number",
  "carrier",
  "fulfillment_id",
  "cancel_reason",
  "confirmed_at",
  "shipped_at",
  "canceled_at",
] as const
type PartUpdate = Partial<Record<(typeof FIELDS)[number], unknown>> & { id: string }

/** Changes a producer's part of an order; undone, its fields are put back as they were. */
export const updateProducerOrderStep = createStep(
  "update-producer-order",
  async (update: PartUpdate, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const before = await producers.retrieveProducerOrder(update.id, { select: ["id", ...FIELDS] })
    await producers.updateProducerOrders(update as any)
    return new StepResponse(undefined, before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducerOrders(before as any)
  }
)
