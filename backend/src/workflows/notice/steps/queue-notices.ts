import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTICE_MODULE } from "../../../modules/notice"
import type NoticeModuleService from "../../../modules/notice/service"
import type { NoticeToQueue } from "../../../modules/notice/types"

/**
 * Writes the notices in the calling workflow's run, so they exist exactly when what they tell of does;
 * a key already queued is left as it is (the event was handled before). Nothing is sent here.
 */
export const queueNoticesStep = createStep(
  "queue-notices",
  async (notices: NoticeToQueue[], { container }) => {
    if (!notices.length) return new StepResponse([] as string[], [] as string[])
    const service = container.resolve<NoticeModuleService>(NOTICE_MODULE)
    const existing = await service.listNotices(
      { idempotency_key: notices.map((notice) => notice.idempotency_key) },
      { select: ["idempotency_key"], take: null }
    )
    const queued = new Set(existing.map((notice) => notice.idempotency_key))
    const fresh = notices.filter(
      (notice, index) =>
        !queued.has(notice.idempotency_key) &&
        notices.findIndex((other) => other.idempotency_key === notice.idempotency_key) === index
    )
    if (!fresh.length) return new StepResponse([] as string[], [] as string[])
    const created = await service.createNotices(fresh.map((notice) => ({ ...notice, next_attempt_at: new Date() })))
    const ids = created.map((notice) => notice.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<NoticeModuleService>(NOTICE_MODULE).deleteNotices(ids)
  }
)
