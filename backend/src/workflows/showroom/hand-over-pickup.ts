import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  cancelOrderFulfillmentWorkflow,
  capturePaymentWorkflow,
  completeOrderWorkflow,
  createOrderFulfillmentWorkflow,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { SHOWROOM_MODULE } from "../../modules/showroom"
import { movementDelta } from "../../modules/showroom/movement-rules"
import type ShowroomModuleService from "../../modules/showroom/service"
import { pickFields } from "../../utils/pick-fields"
import { lineQuantity } from "../../queries/order-lines"
import { awaitingPickup } from "../../queries/pickups"
import { showroomPlaces } from "../../queries/showroom-places"
import { markFulfillmentsDeliveredStep } from "../producer/steps/mark-fulfillments-delivered"
import { movementRows, variantFacts } from "./steps/move-showroom-stock"

type PickupPart = { part_id: string; shipping_option_id?: string; items: { id: string; quantity: number }[] }
type Handover = {
  order_id: string
  location_id: string
  parts: PickupPart[]
  lines: { variant_id: string; quantity: number; unit_price: number }[]
}

/** The order and its producers' parts, refused (404) unless it waits at this showroom. */
const pickupToHandOverStep = createStep(
  "pickup-to-hand-over",
  async (input: { showroom_id: string; order_id: string }, { container }) => {
    const [order] = await awaitingPickup(container, input.showroom_id, input.order_id)
    if (!order)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không có đơn nhận tại điểm bán này đang chờ khách với mã này.")
    const { location_id } = await showroomPlaces(container, input.showroom_id)
    const parts = await container
      .resolve<ProducerModuleService>(PRODUCER_MODULE)
      .listProducerOrders({ order_id: order.id, status: ["pending", "confirmed"] })
    const { data: methods } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["shipping_methods.id", "shipping_methods.shipping_option_id"],
      filters: { id: order.id },
    })
    const optionOf = new Map(
      (methods[0]?.shipping_methods ?? []).flatMap((m) => (m?.shipping_option_id ? [[m.id, m.shipping_option_id] as const] : []))
    )
    const items = (order.items ?? []).filter((item) => item !== null)
    const quantityOf = new Map(items.map((item) => [item.id, lineQuantity(item)]))
    const handover: Handover = {
      order_id: order.id,
      location_id,
      parts: parts.map((part) => ({
        part_id: part.id,
        shipping_option_id: optionOf.get(part.shipping_method_ids[0]),
        items: part.line_item_ids.map((id) => ({ id, quantity: quantityOf.get(id) ?? 0 })),
      })),
      // Every line of an online order names its packaging; one that does not has no shelf stock to log.
      lines: items.flatMap((item) =>
        item.variant_id
          ? [{ variant_id: item.variant_id, quantity: lineQuantity(item), unit_price: Number(item.unit_price) }]
          : []
      ),
    }
    return new StepResponse(handover)
  }
)

/**
 * One Medusa fulfillment per producer part, from the showroom's shelf: it uses up the reservation the
 * order made there. Medusa fulfils one shipping profile at a time, and an order has as many parts as
 * producers, so the fulfillment workflow runs once per part here and is undone the same way.
 */
const fulfilFromShelfStep = createStep(
  "fulfil-pickup-from-shelf",
  async (input: { handover: Handover; staff_id: string }, { container }) => {
    const done: { part_id: string; fulfillment_id: string }[] = []
    try {
      for (const part of input.handover.parts) {
        const { result } = await createOrderFulfillmentWorkflow(container).run({
          input: {
            order_id: input.handover.order_id,
            location_id: input.handover.location_id,
            shipping_option_id: part.shipping_option_id,
            items: part.items,
            created_by: input.staff_id,
          },
        })
        done.push({ part_id: part.part_id, fulfillment_id: result.id })
      }
    } catch (error) {
      await undoFulfillments(container, input.handover.order_id, done)
      throw error
    }
    return new StepResponse(done, { order_id: input.handover.order_id, done })
  },
  async (created, { container }) => {
    if (created) await undoFulfillments(container, created.order_id, created.done)
  }
)

async function undoFulfillments(container: MedusaContainer, orderId: string, done: { fulfillment_id: string }[]) {
  for (const { fulfillment_id } of done) {
    await cancelOrderFulfillmentWorkflow(container).run({ input: { order_id: orderId, fulfillment_id } })
  }
}

/** The counter's log and reports count a collected order as a sale (the fulfillment already took the stock). */
const logPickupSaleStep = createStep(
  "log-pickup-sale",
  async (input: { showroom_id: string; staff_id: string; handover: Handover }, { container }) => {
    const lines = input.handover.lines
    const facts = await variantFacts(
      container,
      lines.map((line) => line.variant_id)
    )
    const deltas = lines.map((line) => (movementDelta("sale", line.quantity) as { delta: number }).delta)
    const movements = await container.resolve<ShowroomModuleService>(SHOWROOM_MODULE).createStockMovements(
      movementRows(
        {
          showroom_id: input.showroom_id,
          kind: "sale",
          lines,
          note: "Đơn đặt online, khách nhận tại quầy",
          order_id: input.handover.order_id,
          actor: { type: "showroom_staff", id: input.staff_id },
        },
        facts,
        deltas
      )
    )
    return new StepResponse(
      undefined,
      movements.map((m) => m.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<ShowroomModuleService>(SHOWROOM_MODULE).deleteStockMovements(ids)
  }
)

const COLLECTED_FIELDS = ["id", "status", "carrier", "fulfillment_id", "shipped_at"] as const

/** Each producer sees its part handed over, as it would see a parcel it shipped. */
const markPartsCollectedStep = createStep(
  "mark-pickup-parts-collected",
  async (input: { showroom_name: string; done: { part_id: string; fulfillment_id: string }[] }, { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const parts = await producers.listProducerOrders({ id: input.done.map((d) => d.part_id) }, { select: [...COLLECTED_FIELDS] })
    const now = new Date()
    await producers.updateProducerOrders(
      input.done.map((d) => ({
        id: d.part_id,
        status: "shipped" as const,
        carrier: `Nhận tại ${input.showroom_name}`,
        fulfillment_id: d.fulfillment_id,
        shipped_at: now,
      }))
    )
    return new StepResponse(
      undefined,
      parts.map((part) => pickFields(part, COLLECTED_FIELDS))
    )
  },
  async (before, { container }) => {
    if (before?.length) await container.resolve<ProducerModuleService>(PRODUCER_MODULE).updateProducerOrders(before)
  }
)

/**
 * The shopper paid at the counter: the order's cash-on-delivery payments are captured, so the
 * order reads as paid. A payment captured by an earlier attempt that failed later is left as it is,
 * so handing the order over again neither fails nor captures twice.
 */
const capturePickupPaymentsStep = createStep(
  "capture-pickup-payments",
  async (input: { order_id: string; staff_id: string }, { container }) => {
    const { data } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: [
        "payment_collections.payments.id",
        "payment_collections.payments.captured_at",
        "payment_collections.payments.canceled_at",
      ],
      filters: { id: input.order_id },
    })
    const payments = (data[0]?.payment_collections ?? []).flatMap((collection) => collection?.payments ?? [])
    for (const payment of payments) {
      if (!payment || payment.captured_at || payment.canceled_at) continue
      await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id, captured_by: input.staff_id } })
    }
    return new StepResponse(undefined)
  }
)

/**
 * The shopper collects an online order at the counter and pays: the reserved units leave the shelf as
 * Medusa fulfillments, the log and reports count the sale, each producer's part reads as delivered,
 * the payment is captured and the order is complete.
 */
export const handOverPickupWorkflow = createWorkflow(
  "hand-over-showroom-pickup",
  (input: { showroom_id: string; showroom_name: string; order_id: string; staff_id: string }) => {
    const handover = pickupToHandOverStep(input)
    const done = fulfilFromShelfStep(
      transform({ handover, input }, ({ handover, input }) => ({ handover, staff_id: input.staff_id }))
    )
    logPickupSaleStep(
      transform({ handover, input }, ({ handover, input }) => ({
        showroom_id: input.showroom_id,
        staff_id: input.staff_id,
        handover,
      }))
    )
    markPartsCollectedStep(transform({ done, input }, ({ done, input }) => ({ showroom_name: input.showroom_name, done })))
    capturePickupPaymentsStep(
      transform({ handover, input }, ({ handover, input }) => ({ order_id: handover.order_id, staff_id: input.staff_id }))
    )
    // Handed over: the fulfillments are delivered, after every step that can be undone.
    markFulfillmentsDeliveredStep(
      transform({ handover, done }, ({ handover, done }) => ({
        order_id: handover.order_id,
        fulfillment_ids: done.map((d) => d.fulfillment_id),
      }))
    )
    completeOrderWorkflow.runAsStep({ input: transform({ handover }, ({ handover }) => ({ orderIds: [handover.order_id] })) })
    return new WorkflowResponse(handover)
  }
)
