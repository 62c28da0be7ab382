import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { splitOrderWorkflow } from "../workflows/producer/split-order"

/**
 * Checkout splits an order inside its own workflow (workflows/hooks/order-split.ts); this splits
 * orders placed any other way (e.g. an Admin draft order). Splitting is idempotent, so a checkout's
 * order.placed finds its parts written and does nothing.
 */
export default async function splitOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await splitOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
