import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { deliverNoticesWorkflow } from "../workflows/notice/deliver-notices"
import { NOTICE_QUEUED_EVENT } from "../workflows/notice/queue-notices"

/** Sends the e-mails a workflow just queued; what this misses (a stopped process, a server down) the job sends. */
export default async function deliverQueuedNotices({ event, container }: SubscriberArgs<{ ids: string[] }>) {
  if (event.data.ids.length) await deliverNoticesWorkflow(container).run({ input: { ids: event.data.ids } })
}

export const config: SubscriberConfig = { event: NOTICE_QUEUED_EVENT }
