import { Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  addOrderTransactionStep,
  authorizePaymentSessionStep,
  createRemoteLinkStep,
  emitEventStep,
  reserveInventoryStep,
  updateCartsStep,
} from "@medusajs/medusa/core-flows"
import { isFinished, unfinishedCheckout } from "../../queries/unfinished-checkout"
import { refreshProductCardsWorkflow } from "../catalog/refresh-product-cards"
import { splitOrderWorkflow } from "../producer/split-order"

const readUnfinishedCheckoutStep = createStep(
  "read-unfinished-checkout",
  async (input: { order_id: string; cart_id: string }, { container }) => {
    return new StepResponse(await unfinishedCheckout(container, input))
  }
)

/**
 * Finishes a checkout whose process died after Medusa's complete-cart had written the order and linked
 * it to its cart (so a retried completion already returns that order), doing what complete-cart would
 * still have done: cart completed, payment collection linked, stock reserved, payment authorized,
 * producer parts written, and order.placed announced. Every step reads what is there first, so a
 * second run — or a checkout that had in fact finished — changes nothing.
 */
export const finishPlacedCheckoutWorkflow = createWorkflow(
  "finish-placed-checkout",
  (input: { order_id: string; cart_id: string }) => {
    const plan = readUnfinishedCheckoutStep(input)

    when("complete-interrupted-cart", { plan }, ({ plan }) => plan.cart_to_complete).then(() => {
      updateCartsStep(transform({ plan }, ({ plan }) => [{ id: plan.cart_id, completed_at: new Date() }]))
    })
    when("link-interrupted-payment", { plan }, ({ plan }) => !!plan.payment_collection_to_link).then(() => {
      createRemoteLinkStep(
        transform({ plan }, ({ plan }) => [
          {
            [Modules.ORDER]: { order_id: plan.order_id },
            [Modules.PAYMENT]: { payment_collection_id: plan.payment_collection_to_link! },
          },
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
      const payment = authorizePaymentSessionStep(
        transform({ plan }, ({ plan }) => ({ id: plan.payment_session_to_authorize!, context: {} }))
      )
      addOrderTransactionStep(
        transform({ payment, plan }, ({ payment, plan }) =>
          (payment?.captures ?? []).map((capture) => ({
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
  }
)
