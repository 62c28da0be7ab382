import type { IOrderModuleService, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteReservationsByLineItemsStep, dismissRemoteLinkStep, updateCartsStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { refreshProductCardsWorkflow } from "../catalog/refresh-product-cards"
import { removeProducerParts, writeProducerParts } from "../producer/split-order"

/** reopen_cart: no order of the cart survives, so it must be completable again. */
type RollBackInput = { order_ids: string[]; cart_id: string; reopen_cart: boolean }

type UnplacedOrders = {
  order_ids: string[]
  line_item_ids: string[]
  payment_links: { order_id: string; payment_collection_id: string }[]
  /** The products whose stock the orders held: their cards show it free again. */
  product_ids: string[]
  /** The cart was marked completed although no order is linked to it: the shopper could not retry. */
  cart_to_reopen: string | null
}

const readUnplacedOrdersStep = createStep("read-unplaced-orders", async (input: RollBackInput, { container }) => {
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const [
    { data: orders },
    {
      data: [cart],
    },
  ] = await Promise.all([
    query.graph({
      entity: "order",
      fields: ["id", "items.id", "items.product_id", "payment_collections.id"],
      filters: { id: input.order_ids },
    }),
    query.graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: input.cart_id } }),
  ])
  const lines = orders.flatMap((order) => (order.items ?? []).filter((item) => item !== null))
  const plan: UnplacedOrders = {
    order_ids: orders.map((order) => order.id),
    line_item_ids: lines.map((item) => item.id),
    product_ids: [...new Set(lines.flatMap((item) => (item.product_id ? [item.product_id] : [])))],
    payment_links: orders.flatMap((order) =>
      (order.payment_collections ?? []).flatMap((pc) => (pc ? [{ order_id: order.id, payment_collection_id: pc.id }] : []))
    ),
    cart_to_reopen: input.reopen_cart && cart?.completed_at ? cart.id : null,
  }
  return new StepResponse(plan)
})

const removePartsOfOrdersStep = createStep(
  "remove-producer-parts-of-unplaced-orders",
  async (orderIds: string[], { container }) => {
    const producers = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const parts = await producers.listProducerOrders({ order_id: orderIds }, { select: ["id"] })
    await removeProducerParts(
      container,
      parts.map((part) => part.id)
    )
    return new StepResponse(parts.length, parts.length ? orderIds : [])
  },
  async (orderIds, { container }) => {
    for (const orderId of orderIds ?? []) await writeProducerParts(container, orderId)
  }
)

const softDeleteOrdersStep = createStep(
  "soft-delete-unplaced-orders",
  async (orderIds: string[], { container }) => {
    await container.resolve<IOrderModuleService>(Modules.ORDER).softDeleteOrders(orderIds)
    return new StepResponse(orderIds, orderIds)
  },
  async (orderIds, { container }) => {
    if (orderIds?.length) await container.resolve<IOrderModuleService>(Modules.ORDER).restoreOrders(orderIds)
  }
)

/**
 * Takes back orders that an interrupted checkout wrote but never linked to its cart: complete-cart
 * died between creating the order and the step that links it, so no shopper was ever shown it, and
 * a retried completion makes a new one. What its compensation would have undone goes — the stock it
 * held, its payment-collection link, any producer part — and the order is soft-deleted (kept for
 * inspection); the cards show the stock free again. A cart left marked completed without an order is
 * reopened, so the shopper can retry.
 */
export const rollBackUnplacedOrdersWorkflow = createWorkflow("roll-back-unplaced-orders", (input: RollBackInput) => {
  const plan = readUnplacedOrdersStep(input)
  deleteReservationsByLineItemsStep(transform({ plan }, ({ plan }) => plan.line_item_ids))
  when("unlink-unplaced-payments", { plan }, ({ plan }) => plan.payment_links.length > 0).then(() => {
    dismissRemoteLinkStep(
      transform({ plan }, ({ plan }) =>
        plan.payment_links.map((link) => ({
          [Modules.ORDER]: { order_id: link.order_id },
          [Modules.PAYMENT]: { payment_collection_id: link.payment_collection_id },
        }))
      )
    )
  })
  removePartsOfOrdersStep(transform({ plan }, ({ plan }) => plan.order_ids))
  when("reopen-interrupted-cart", { plan }, ({ plan }) => !!plan.cart_to_reopen).then(() => {
    // Medusa's type leaves completed_at out, but its service takes it (complete-cart sets it so).
    updateCartsStep(transform({ plan }, ({ plan }) => [{ id: plan.cart_to_reopen!, completed_at: null } as { id: string }]))
  })
  softDeleteOrdersStep(transform({ plan }, ({ plan }) => plan.order_ids))
  refreshProductCardsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ product_ids: plan.product_ids })) })
  return new WorkflowResponse(plan)
})
