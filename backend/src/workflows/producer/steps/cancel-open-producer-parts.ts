import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { producerOrderStatusAfter } from "../../../modules/producer/order-transitions"
import type ProducerModuleService from "../../../modules/producer/service"

type PartBefore = { id: string; status: "pending" | "confirmed"; cancel_reason: string | null; canceled_at: Date | null }

/** Every part a producer could still cancel itself (pending, confirmed) is cancelled with the reason. */
export const cancelOpenProducerPartsStep = createStep(
  "cancel-open-producer-parts",
  async (input: { order_id: string; reason: string }, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const parts = await producers.listProducerOrders(
      { order_id: input.order_id },
      { select: ["id", "status", "cancel_reason", "canceled_at"] }
    )
    const open = parts.filter((part) => "status" in producerOrderStatusAfter("cancel", part.status)) as PartBefore[]
    if (open.length) {
      const canceled_at = new Date()
      await producers.updateProducerOrders(
        open.map((part) => ({ id: part.id, status: "canceled" as const, cancel_reason: input.reason, canceled_at }))
      )
    }
    return new StepResponse(
      open.map((part) => part.id),
      open.map(({ id, status, cancel_reason, canceled_at }) => ({ id, status, cancel_reason, canceled_at }))
    )
  },
  async (before, { container }) => {
    if (before?.length) await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducerOrders(before)
  }
)
