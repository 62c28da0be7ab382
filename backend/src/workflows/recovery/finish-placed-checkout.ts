import type { IInventoryService, ILockingModule, MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules, OrderWorkflowEvents, PaymentSessionStatus } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  addOrderTransactionStep,
  authorizePaymentSessionStep,
  createRemoteLinkStep,
  emitEventStep,
  reserveInventoryStep,
  updateCartsStep,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { refreshProductCardsWorkflow } from "../catalog/refresh-product-cards"
import { splitOrderWorkflow } from "../producer/split-order"

type StockToReserve = {
  id: string // the order line
  inventory_item_id: string
  required_quantity: number
  allow_backorder: boolean
  quantity: number
  location_ids: string[]
}

/** What complete-cart did not get to for this order, read from the database, not from the dead run. */
export type UnfinishedCheckout = {
  order_id: string
  cart_id: string
  cart_to_complete: boolean
  payment_collection_to_link: string | null
  stock_to_reserve: StockToReserve[]
  payment_session_to_authorize: string | null
  producer_parts_missing: boolean
  /** The products the order holds stock of: their cards show what is left. */
  product_ids: string[]
}

export const isFinished = (plan: UnfinishedCheckout) =>
  !plan.cart_to_complete &&
  !plan.payment_collection_to_link &&
  !plan.stock_to_reserve.length &&
  !plan.payment_session_to_authorize &&
  !plan.producer_parts_missing

/**
 * Runs `repair` holding the lock Medusa's complete-cart holds on the cart (its key is the cart id), so
 * a repair never runs beside a live completion of the same cart: it waits until that run has
 * finished, then finds its order whole. A lock of a killed process is gone (in memory) or expires
 * (Redis, after complete-cart's two minutes).
 */
export async function withCheckoutLock<T>(container: MedusaContainer, cartId: string, repair: () => Promise<T>): Promise<T> {
  return container.resolve<ILockingModule>(Modules.LOCKING).execute(cartId, repair, { timeout: 30 })
}

const readUnfinishedCheckoutStep = createStep(
  "read-unfinished-checkout",
  async (input: { order_id: string; cart_id: string }, { container }) => {
    const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
    const [{ data: [cart] }, { data: [order] }] = await Promise.all([
      query.graph({
        entity: "cart",
        fields: ["id", "completed_at", "payment_collection.id", "payment_collection.payment_sessions.id", "payment_collection.payment_sessions.status"],
        filters: { id: input.cart_id },
      }),
      query.graph({
        entity: "order",
        fields: [
          "id",
          "sales_channel_id",
          "payment_collections.id",
          "items.id",
          // Filtered by id, Query leaves items.quantity empty unless the order item's own row is asked for.
          "items.detail.quantity",
          "items.product_id",
          "items.variant.manage_inventory",
          "items.variant.allow_backorder",
          "items.variant.inventory_items.inventory_item_id",
          "items.variant.inventory_items.required_quantity",
        ],
        filters: { id: input.order_id },
      }),
    ])
    const collection = (cart as any)?.payment_collection
    const sessions: { id: string; status: string }[] = collection?.payment_sessions ?? []
    const authorized = sessions.some((session) => session.status === PaymentSessionStatus.AUTHORIZED)
    const linked = ((order as any).payment_collections ?? []).some((pc: { id: string }) => pc.id === collection?.id)
    const parts = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducerOrders({ order_id: input.order_id }, { select: ["id"] })
    const plan: UnfinishedCheckout = {
      ...input,
      cart_to_complete: !cart?.completed_at,
      payment_collection_to_link: collection && !linked ? collection.id : null,
      stock_to_reserve: await stockToReserve(container, order as any),
      payment_session_to_authorize: authorized ? null : sessions.find((s) => s.status === PaymentSessionStatus.PENDING)?.id ?? null,
      producer_parts_missing: !parts.length,
      product_ids: [...new Set<string>(((order as any).items ?? []).map((item: any) => item.product_id).filter(Boolean))],
    }
    return new StepResponse(plan)
  }
)

/**
 * The order's lines whose stock holds no reservation yet, each at the order's channel location that
 * has the most of it free (what complete-cart's inventory check would have picked).
 */
async function stockToReserve(container: MedusaContainer, order: any): Promise<StockToReserve[]> {
  const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
  const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
  const lines = (order.items ?? []).filter((item: any) => item?.variant?.manage_inventory)
  if (!lines.length) return []
  const held = await inventory.listReservationItems({ line_item_id: lines.map((line: any) => line.id) }, { select: ["line_item_id", "inventory_item_id"] })
  const isHeld = new Set(held.map((r) => `${r.line_item_id}/${r.inventory_item_id}`))
  const {
    data: [channel],
  } = await query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: order.sales_channel_id } })
  const channelLocations = new Set<string>(((channel as any)?.stock_locations ?? []).map((location: any) => location.id))
  const wanted = lines.flatMap((line: any) =>
    (line.variant.inventory_items ?? [])
      .filter((link: any) => !isHeld.has(`${line.id}/${link.inventory_item_id}`))
      .map((link: any) => ({ line, link }))
  )
  if (!wanted.length) return []
  const levels = await inventory.listInventoryLevels(
    { inventory_item_id: wanted.map(({ link }: any) => link.inventory_item_id) },
    { select: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"] }
  )
  const free = (level: (typeof levels)[number]) => MathBN.convert(level.stocked_quantity).minus(MathBN.convert(level.reserved_quantity)).toNumber()
  return wanted.map(({ line, link }: any) => {
    const locations = levels
      .filter((level) => level.inventory_item_id === link.inventory_item_id && channelLocations.has(level.location_id))
      .sort((a, b) => free(b) - free(a))
    return {
      id: line.id,
      inventory_item_id: link.inventory_item_id,
      required_quantity: MathBN.convert(link.required_quantity).toNumber(),
      allow_backorder: Boolean(line.variant.allow_backorder),
      quantity: MathBN.convert(line.detail.quantity).toNumber(),
      location_ids: locations.map((level) => level.location_id),
    }
  })
}

/**
 * Finishes a checkout whose process died after Medusa's complete-cart had written the order and linked
 * it to its cart (so a retried completion already returns that order), doing what complete-cart would
 * still have done: cart completed, payment collection linked, stock reserved, payment authorized,
 * producer parts written, and order.placed announced. Every step reads what is there first, so a
 * second run — or a checkout that had in fact finished — changes nothing.
 */
export const finishPlacedCheckoutWorkflow = createWorkflow("finish-placed-checkout", (input: { order_id: string; cart_id: string }) => {
  const plan = readUnfinishedCheckoutStep(input)

  when("complete-interrupted-cart", { plan }, ({ plan }) => plan.cart_to_complete).then(() => {
    updateCartsStep(transform({ plan }, ({ plan }) => [{ id: plan.cart_id, completed_at: new Date() }]))
  })
  when("link-interrupted-payment", { plan }, ({ plan }) => !!plan.payment_collection_to_link).then(() => {
    createRemoteLinkStep(
      transform({ plan }, ({ plan }) => [
        { [Modules.ORDER]: { order_id: plan.order_id }, [Modules.PAYMENT]: { payment_collection_id: plan.payment_collection_to_link! } },
      ])
    )
  })
  when("reserve-interrupted-stock", { plan }, ({ plan }) => plan.stock_to_reserve.length > 0).then(() => {
    reserveInventoryStep(transform({ plan }, ({ plan }) => ({ items: plan.stock_to_reserve })))
    refreshProductCardsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ product_ids: plan.product_ids })) })
  })
  when("split-interrupted-order", { plan }, ({ plan }) => plan.producer_parts_missing).then(() => {
    splitOrderWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ order_id: plan.order_id })) })
  })
  // Last, as in complete-cart: an authorization is the one step that is costly to take back.
  when("authorize-interrupted-payment", { plan }, ({ plan }) => !!plan.payment_session_to_authorize).then(() => {
    const payment = authorizePaymentSessionStep(transform({ plan }, ({ plan }) => ({ id: plan.payment_session_to_authorize!, context: {} })))
    addOrderTransactionStep(
      transform({ payment, plan }, ({ payment, plan }) =>
        (payment?.captures ?? []).map((capture: any) => ({
          order_id: plan.order_id,
          amount: capture.raw_amount ?? capture.amount,
          currency_code: payment!.currency_code,
          reference: "capture",
          reference_id: capture.id,
        }))
      )
    )
  })
  // The event complete-cart would have sent: subscribers (cards, notifications) learn of the order once.
  when("announce-interrupted-order", { plan }, ({ plan }) => !isFinished(plan)).then(() => {
    emitEventStep({ eventName: OrderWorkflowEvents.PLACED, data: transform({ plan }, ({ plan }) => ({ id: plan.order_id })) })
  })
  return new WorkflowResponse(plan)
})
