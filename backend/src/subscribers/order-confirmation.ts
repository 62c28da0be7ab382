import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderConfirmationWorkflow } from "../workflows/order/send-order-confirmation"

/** The shopper's order e-mail as the order is placed; the sweep in jobs/ sends what a stopped process did not. */
export default async function sendOrderConfirmation({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderConfirmationWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
