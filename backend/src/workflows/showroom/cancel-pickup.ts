import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { pickFields } from "../../utils/pick-fields"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { displayId } from "../../queries/order-lines"
import { awaitingPickup } from "../../queries/pickups"

/** The order, refused (404) unless it still waits at this showroom's counter. */
const uncollectedPickupStep = createStep(
  "uncollected-pickup",
  async (input: { showroom_id: string; order_id: string }, { container }) => {
    const [order] = await awaitingPickup(container, input.showroom_id, input.order_id)
    if (!order)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không có đơn nhận tại điểm bán này đang chờ khách với mã này.")
    return new StepResponse({ order_id: order.id, display_id: displayId(order) })
  }
)

const CHANGED_FIELDS = ["id", "status", "cancel_reason", "canceled_at"] as const

/** Each producer's part reads as cancelled, with the reason the shopper and the producer see. */
const cancelPickupPartsStep = createStep(
  "cancel-pickup-parts",
  async (input: { order_id: string; reason: string }, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const parts = await producers.listProducerOrders(
      { order_id: input.order_id, status: ["pending", "confirmed"] },
      { select: [...CHANGED_FIELDS] }
    )
    const now = new Date()
    await producers.updateProducerOrders(
      parts.map((part) => ({ id: part.id, status: "canceled" as const, cancel_reason: input.reason, canceled_at: now }))
    )
    return new StepResponse(
      undefined,
      parts.map((part) => pickFields(part, CHANGED_FIELDS))
    )
  },
  async (before, { container }) => {
    if (before?.length) await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducerOrders(before)
  }
)

/**
 * The shopper never came for a pickup order: staff cancel it with a reason. Medusa's own order
 * cancellation releases the units reserved on the shelf and voids the unpaid payment, so they can
 * be sold again at once; it runs last, as it has no undo.
 */
export const cancelUncollectedPickupWorkflow = createWorkflow(
  "cancel-uncollected-pickup",
  (input: { showroom_id: string; order_id: string; staff_id: string; reason: string }) => {
    const pickup = uncollectedPickupStep(input)
    cancelPickupPartsStep(
      transform({ pickup, input }, ({ pickup, input }) => ({ order_id: pickup.order_id, reason: input.reason }))
    )
    cancelOrderWorkflow.runAsStep({
      input: transform({ pickup, input }, ({ pickup, input }) => ({ order_id: pickup.order_id, canceled_by: input.staff_id })),
    })
    return new WorkflowResponse(pickup)
  }
)
