import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  cancelOrderWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  deleteReservationsByLineItemsStep,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import { producerOrderStatusAfter, type ProducerOrderAction } from "../../modules/producer/order-transitions"
import type ProducerModuleService from "../../modules/producer/service"
import { LINE_QUANTITY_FIELD, lineQuantity } from "../../queries/order-lines"

type Part = { id: string; order_id: string; producer_id: string; status: string; line_item_ids: string[]; shipping_method_ids: string[] }

/** The part as it is now, refusing (400) when the action is not allowed from its status. */
const checkActionStep = createStep("check-producer-order-action", async (input: { id: string; action: ProducerOrderAction }, { container }) => {
  const part = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).retrieveProducerOrder(input.id)
  const next = producerOrderStatusAfter(input.action, part.status)
  if ("refusal" in next) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, next.refusal)
  return new StepResponse(part as unknown as Part)
})

const FIELDS = ["status", "tracking_number", "carrier", "fulfillment_id", "cancel_reason", "confirmed_at", "shipped_at", "canceled_at"] as const
type PartUpdate = Partial<Record<(typeof FIELDS)[number], unknown>> & { id: string }

const updatePartStep = createStep(
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

/** The producer has seen the order and is preparing it. */
export const confirmProducerOrderWorkflow = createWorkflow("confirm-producer-order", (input: { id: string }) => {
  checkActionStep(transform({ input }, ({ input }) => ({ id: input.id, action: "confirm" as const })))
  updatePartStep(transform({ input }, ({ input }) => ({ id: input.id, status: "confirmed", confirmed_at: new Date() })))
  return new WorkflowResponse(undefined)
})

const shippingContextStep = createStep("producer-shipping-context", async (part: Part, { container }) => {
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: producers }] = await Promise.all([
    query.graph({
      entity: "order",
      fields: ["items.id", `items.${LINE_QUANTITY_FIELD}`, "shipping_methods.id", "shipping_methods.shipping_option_id"],
      filters: { id: part.order_id },
    }),
    query.graph({ entity: "producer", fields: ["stock_location.id"], filters: { id: part.producer_id } }),
  ])
  const order = orders[0] as any
  const shippingOptionId =
    (order.shipping_methods ?? []).find((method: any) => part.shipping_method_ids.includes(method.id))?.shipping_option_id ?? undefined
  if (shippingOptionId) {
    const { data: options } = await query.graph({
      entity: "shipping_option",
      fields: ["name", "service_zone.fulfillment_set.type"],
      filters: { id: shippingOptionId },
    })
    const option = options[0] as any
    if (option?.service_zone?.fulfillment_set?.type === "pickup") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Khách nhận phần này tại điểm bán (${option.name}): điểm bán giao hàng khi khách đến nhận, nhà sản xuất không gửi đi.`
      )
    }
  }
  return new StepResponse({
    items: (order.items ?? [])
      .filter((item: any) => part.line_item_ids.includes(item.id))
      .map((item: any) => ({ id: item.id, quantity: lineQuantity(item) })),
    shipping_option_id: shippingOptionId,
    location_id: (producers[0] as any)?.stock_location?.id ?? null,
  })
})

/**
 * The producer hands its parcel to a carrier: a Medusa fulfillment of exactly its lines, from its
 * warehouse, marked shipped with the tracking number, so stock and the order's fulfillment status
 * stay true for the office too.
 */
export const shipProducerOrderWorkflow = createWorkflow(
  "ship-producer-order",
  (input: { id: string; tracking_number: string; carrier?: string | null; member_id: string }) => {
    const part = checkActionStep(transform({ input }, ({ input }) => ({ id: input.id, action: "ship" as const })))
    const context = shippingContextStep(part)
    const labels = transform({ input }, ({ input }) => [{ tracking_number: input.tracking_number, tracking_url: "", label_url: "" }])
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
      input: transform({ part, context, input, labels }, ({ part, context, input, labels }) => ({
        order_id: part.order_id,
        items: context.items,
        location_id: context.location_id,
        shipping_option_id: context.shipping_option_id,
        created_by: input.member_id,
        labels,
      })),
    })
    createOrderShipmentWorkflow.runAsStep({
      input: transform({ part, context, fulfillment, labels, input }, ({ part, context, fulfillment, labels, input }) => ({
        order_id: part.order_id,
        fulfillment_id: fulfillment.id,
        items: context.items,
        labels,
        created_by: input.member_id,
      })),
    })
    updatePartStep(
      transform({ input, fulfillment }, ({ input, fulfillment }) => ({
        id: input.id,
        status: "shipped",
        tracking_number: input.tracking_number,
        carrier: input.carrier ?? null,
        fulfillment_id: fulfillment.id,
        shipped_at: new Date(),
      }))
    )
    return new WorkflowResponse(undefined)
  }
)

const allPartsCanceledStep = createStep("all-order-parts-canceled", async (part: Part, { container }) => {
  const parts = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducerOrders({ order_id: part.order_id }, { select: ["status"] })
  return new StepResponse(parts.every((p) => p.status === "canceled"))
})

/**
 * The producer cannot fulfil its part: its lines' stock reservations are released and the
 * customer sees the reason. When every part of the order is cancelled, the order itself is.
 */
export const cancelProducerOrderWorkflow = createWorkflow("cancel-producer-order", (input: { id: string; reason: string; member_id: string }) => {
  const part = checkActionStep(transform({ input }, ({ input }) => ({ id: input.id, action: "cancel" as const })))
  deleteReservationsByLineItemsStep(transform({ part }, ({ part }) => part.line_item_ids))
  updatePartStep(transform({ input }, ({ input }) => ({ id: input.id, status: "canceled", cancel_reason: input.reason, canceled_at: new Date() })))
  const allCanceled = allPartsCanceledStep(part)
  when({ allCanceled }, ({ allCanceled }) => allCanceled).then(() => {
    cancelOrderWorkflow.runAsStep({
      input: transform({ part, input }, ({ part, input }) => ({ order_id: part.order_id, canceled_by: input.member_id })),
    })
  })
  return new WorkflowResponse(undefined)
})
