import type { INotificationModuleService, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { NOTICE_MODULE } from "../../modules/notice"
import type NoticeModuleService from "../../modules/notice/service"
import { afterFailure } from "../../modules/notice/delivery"

/** At most this many per run, oldest due first: a long outage is worked off over a few runs. */
const BATCH = 50

export type DeliveryOutcome = { sent: string[]; failed: string[] }

/**
 * Sends queued notices that are due (or the given ones, if still queued) through Medusa's notification
 * module, one attempt each, and records the outcome on the notice: sent, or the error and the next
 * attempt after backoff. The attempt's idempotency key stops the subscriber and the job, running at
 * once, from sending the same attempt twice; the one that finds it taken leaves the notice to the other.
 * Nothing is rolled back: a sent e-mail cannot be unsent.
 */
const deliverNoticesStep = createStep("deliver-notices", async (input: { ids?: string[] }, { container }) => {
  const notices = container.resolve<NoticeModuleService>(NOTICE_MODULE)
  const notifications = container.resolve<INotificationModuleService>(Modules.NOTIFICATION)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const now = new Date()
  const due = await notices.listNotices(
    { status: "queued", next_attempt_at: { $lte: now }, ...(input.ids ? { id: input.ids } : {}) },
    { take: BATCH, order: { next_attempt_at: "ASC" } }
  )
  const outcome: DeliveryOutcome = { sent: [], failed: [] }
  for (const notice of due) {
    const attempt = notice.attempts + 1
    try {
      const created = await notifications.createNotifications({
        to: notice.to,
        channel: "email",
        template: notice.template,
        data: notice.data,
        trigger_type: NOTICE_MODULE,
        resource_id: notice.resource_id,
        resource_type: notice.resource_type,
        idempotency_key: `${notice.idempotency_key}#${attempt}`,
      })
      if (!created) continue
      await notices.updateNotices({ id: notice.id, status: "sent", attempts: attempt, sent_at: new Date(), last_error: null })
      outcome.sent.push(notice.id)
    } catch (error) {
      const message = (error as Error).message.replace(/^Failed to send notification with id \S+:\n/, "")
      await notices.updateNotices({ id: notice.id, ...afterFailure(attempt, message, new Date()) })
      logger.warn(`E-mail ${notice.template} to ${notice.to} not sent (attempt ${attempt}): ${message}`)
      outcome.failed.push(notice.id)
    }
  }
  return new StepResponse(outcome)
})

export const deliverNoticesWorkflow = createWorkflow("deliver-notices", (input: { ids?: string[] }) => {
  return new WorkflowResponse(deliverNoticesStep(input))
})
