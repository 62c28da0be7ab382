import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { queueEventNoticesWorkflow } from "../workflows/notice/queue-event-notices"

/**
 * The shopper's notice for an order cancelled from Medusa Admin, or as its last producer part was. The
 * shopper's own cancellation and the unpaid-transfer sweep queue theirs in their workflows, under the
 * same key, so this finds them told and queues nothing.
 */
export default async function orderCanceledNotice({ event, container }: SubscriberArgs<{ id: string }>) {
  await queueEventNoticesWorkflow(container).run({ input: { event: "order-canceled", order_id: event.data.id, reason: null } })
}

export const config: SubscriberConfig = { event: "order.canceled" }
