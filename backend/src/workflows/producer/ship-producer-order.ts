import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { LINE_QUANTITY_FIELD, lineQuantity } from "../../queries/order-lines"
import { checkProducerOrderActionStep, type ProducerOrderPart } from "./steps/check-producer-order-action"
import { updateProducerOrderStep } from "./steps/update-producer-order"
import { queueEventNoticesWorkflow } from "../notice/queue-event-notices"
import { checkShippedBatchesStep, recordShippedBatchesStep } from "../traceability/steps/record-shipped-batches"
import type { ShipBody } from "@ocop/contracts/schemas"

const shippingContextStep = createStep("producer-shipping-context", async (part: ProducerOrderPart, { container }) => {
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: producers }] = await Promise.all([
    query.graph({
      entity: "order",
      fields: [
        "items.id",
        "items.title",
        "items.product_title",
        "items.variant_id",
        `items.${LINE_QUANTITY_FIELD}`,
        "shipping_methods.id",
        "shipping_methods.shipping_option_id",
      ],
      filters: { id: part.order_id },
    }),
    query.graph({ entity: "producer", fields: ["stock_location.id"], filters: { id: part.producer_id } }),
  ])
  const order = orders[0]
  const shippingOptionId =
    (order.shipping_methods ?? []).find((method) => method && part.shipping_method_ids.includes(method.id))?.shipping_option_id ??
    undefined
  if (shippingOptionId) {
    const { data: options } = await query.graph({
      entity: "shipping_option",
      fields: ["name", "service_zone.fulfillment_set.type"],
      filters: { id: shippingOptionId },
    })
    const option = options[0]
    if (option?.service_zone?.fulfillment_set?.type === "pickup") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Khách nhận phần này tại điểm bán (${option.name}): điểm bán giao hàng khi khách đến nhận, nhà sản xuất không gửi đi.`
      )
    }
  }
  const lines = (order.items ?? []).flatMap((item) => (item && part.line_item_ids.includes(item.id) ? [item] : []))
  return new StepResponse({
    items: lines.map((item) => ({ id: item.id, quantity: lineQuantity(item) })),
    lines: lines.map((item) => ({ id: item.id, title: item.product_title ?? item.title, variant_id: item.variant_id ?? null })),
    shipping_option_id: shippingOptionId,
    location_id: producers[0]?.stock_location?.id ?? null,
  })
})

/**
 * The producer hands its parcel to a carrier: a Medusa fulfillment of exactly its lines, from its
 * warehouse, marked shipped with the tracking number, so stock and the order's fulfillment status
 * stay true for the office too. The batches it names for its lines are recorded with it, for the
 * shopper's trace links.
 */
export const shipProducerOrderWorkflow = createWorkflow(
  "ship-producer-order",
  (input: { id: string; producer_id: string; member_id: string } & ShipBody) => {
    const part = checkProducerOrderActionStep(
      transform({ input }, ({ input }) => ({ id: input.id, action: "ship" as const, producer_id: input.producer_id }))
    )
    const context = shippingContextStep(part)
    const shippedLines = transform({ input, part, context }, ({ input, part, context }) => ({
      producer_id: part.producer_id,
      order_id: part.order_id,
      producer_order_id: part.id,
      lines: context.lines,
      batches: input.batches,
    }))
    checkShippedBatchesStep(shippedLines)
    const labels = transform({ input }, ({ input }) => [
      { tracking_number: input.tracking_number, tracking_url: "", label_url: "" },
    ])
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
    updateProducerOrderStep(
      transform({ input, fulfillment }, ({ input, fulfillment }) => ({
        id: input.id,
        status: "shipped",
        tracking_number: input.tracking_number,
        carrier: input.carrier ?? null,
        fulfillment_id: fulfillment.id,
        shipped_at: new Date(),
      }))
    )
    recordShippedBatchesStep(shippedLines)
    queueEventNoticesWorkflow.runAsStep({
      input: transform({ part }, ({ part }) => ({ event: "part-shipped" as const, order_id: part.order_id, part_id: part.id })),
    })
    return new WorkflowResponse(undefined)
  }
)
