import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import {
  ORDER_PLACED_TEMPLATE,
  orderConfirmation,
  orderConfirmationKey,
  unconfirmedOrders,
} from "../../queries/order-confirmation"

const orderConfirmationStep = createStep("order-confirmation", async (input: { order_id: string }, { container }) => {
  return new StepResponse(await orderConfirmation(container, input.order_id))
})

/**
 * The shopper's order e-mail (issue 16): what they ordered and, for a bank transfer, the amount, memo,
 * account and VietQR code to pay with. Sent once per order: the notice's idempotency key makes a
 * second run (the event's subscriber and the sweep below both may run it) send nothing.
 */
export const sendOrderConfirmationWorkflow = createWorkflow("send-order-confirmation", (input: { order_id: string }) => {
  const confirmation = orderConfirmationStep(input)
  sendNotificationsStep(
    transform({ confirmation, input }, ({ confirmation, input }) =>
      confirmation
        ? [
            {
              to: confirmation.to,
              channel: "email",
              template: ORDER_PLACED_TEMPLATE,
              data: confirmation.data,
              trigger_type: "order.placed",
              resource_id: input.order_id,
              resource_type: "order",
              idempotency_key: orderConfirmationKey(input.order_id),
            },
          ]
        : []
    )
  )
  return new WorkflowResponse(confirmation)
})

/** How far back the sweep looks: a confirmation older than this would no longer help the shopper. */
const CONFIRMATION_WINDOW_HOURS = 24

/**
 * The order e-mails a killed process never sent (order.placed lives only in memory): every order of
 * the last day without its recorded confirmation gets it now. One that fails is logged and tried again
 * at the next run. Returns the orders confirmed.
 */
export async function sendMissingOrderConfirmations(container: MedusaContainer, now = new Date()): Promise<string[]> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const sent: string[] = []
  for (const orderId of await unconfirmedOrders(container, new Date(now.getTime() - CONFIRMATION_WINDOW_HOURS * 3_600_000))) {
    try {
      const { result } = await sendOrderConfirmationWorkflow(container).run({ input: { order_id: orderId } })
      if (result) sent.push(orderId)
    } catch (error) {
      logger.error(`Order e-mail: order ${orderId} not confirmed, retried at the next run: ${(error as Error).message}`)
    }
  }
  if (sent.length) logger.info(`Order e-mail: ${sent.length} confirmation(s) a stopped process had not sent.`)
  return sent
}
