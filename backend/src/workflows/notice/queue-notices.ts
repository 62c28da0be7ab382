import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { NoticeToQueue } from "../../modules/notice/types"
import { queueNoticesStep } from "./steps/queue-notices"

/** Raised once the notices are written: its subscriber delivers them at once; the job catches any it misses. */
export const NOTICE_QUEUED_EVENT = "notice.queued"

/**
 * Queues e-mails durably and has them delivered after the run (issue 17). Business workflows run it as a
 * step: the notices commit or roll back with them, and a mail server down cannot fail them.
 */
export const queueNoticesWorkflow = createWorkflow("queue-notices", (input: { notices: NoticeToQueue[] }) => {
  const ids = queueNoticesStep(input.notices)
  emitEventStep({ eventName: NOTICE_QUEUED_EVENT, data: { ids } })
  return new WorkflowResponse(ids)
})
