import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { splitOrderWorkflow } from "../workflows/producer/split-order"

/** Every placed order is split into one part per producer as soon as it exists. */
export default async function splitOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await splitOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
