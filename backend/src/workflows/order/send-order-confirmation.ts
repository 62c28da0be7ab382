import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { unconfirmedOrders } from "../../queries/order-confirmation"
import { queueEventNoticesWorkflow } from "../notice/queue-event-notices"

/**
 * The order's e-mails (issues 16, 17): the shopper's confirmation (what they ordered and, for a bank
 * transfer, the amount, memo and account to pay to), each producer's part to its producer, and the
 * shopper's pickup notice for a part collected at a showroom. Queued once per order: the notices'
 * idempotency keys make a second run (the event's subscriber and the sweep below both may run it)
 * queue nothing. Delivery follows the run and cannot fail it.
 */
export const sendOrderConfirmationWorkflow = createWorkflow("send-order-confirmation", (input: { order_id: string }) => {
  const ids = queueEventNoticesWorkflow.runAsStep({ input: { event: "order-placed" as const, order_id: input.order_id } })
  return new WorkflowResponse(ids)
})

/** How far back the sweep looks: a confirmation older than this would no longer help the shopper. */
const CONFIRMATION_WINDOW_HOURS = 24

/**
 * The order e-mails a killed process never queued (order.placed lives only in memory): every order of
 * the last day without its queued confirmation gets its notices now. One that fails is logged and tried
 * again at the next run. Returns the orders confirmed.
 */
export async function sendMissingOrderConfirmations(container: MedusaContainer, now = new Date()): Promise<string[]> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const sent: string[] = []
  for (const orderId of await unconfirmedOrders(container, new Date(now.getTime() - CONFIRMATION_WINDOW_HOURS * 3_600_000))) {
    try {
      const { result } = await sendOrderConfirmationWorkflow(container).run({ input: { order_id: orderId } })
      if (result.length) sent.push(orderId)
    } catch (error) {
      logger.error(`Order e-mail: order ${orderId} not confirmed, retried at the next run: ${(error as Error).message}`)
    }
  }
  if (sent.length) logger.info(`Order e-mail: ${sent.length} confirmation(s) a stopped process had not queued.`)
  return sent
}
