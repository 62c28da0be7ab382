import type { MedusaContainer } from "@medusajs/framework/types"
import { deliverNoticesWorkflow } from "../workflows/notice/deliver-notices"
import { sweepsOnSchedule } from "../workflows/recovery/repair-after-crash"

/** Every minute: queued e-mails that are due, first tries a stopped process missed and retries after backoff. Not under Jest: its tests run it. */
export default async function deliverNoticesJob(container: MedusaContainer) {
  if (sweepsOnSchedule()) await deliverNoticesWorkflow(container).run({ input: {} })
}

export const config = { name: "deliver-notices", schedule: "* * * * *" }
