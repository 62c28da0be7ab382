import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { type NoticeEvent, noticesFor } from "../../queries/notices"
import { NOTICE_QUEUED_EVENT } from "./queue-notices"
import { queueNoticesStep } from "./steps/queue-notices"

const noticesForStep = createStep("notices-for-event", async (input: NoticeEvent, { container }) => {
  return new StepResponse(await noticesFor(container, input))
})

/**
 * The e-mails an event owes, queued (issue 17): run as a step by the workflow that makes the event
 * happen, after its writes, so the notices say what was written and commit or roll back with it.
 */
export const queueEventNoticesWorkflow = createWorkflow("queue-event-notices", (input: NoticeEvent) => {
  const ids = queueNoticesStep(noticesForStep(input))
  emitEventStep({ eventName: NOTICE_QUEUED_EVENT, data: { ids } })
  return new WorkflowResponse(ids)
})
