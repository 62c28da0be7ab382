import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ERROR_CODES } from "@ocop/contracts"
import { NOTICE_MODULE } from "../../modules/notice"
import { NOTICE_QUEUED_EVENT } from "./queue-notices"

const requeueFailedNoticeStep = createStep(
  "requeue-failed-notice",
  async (input: { id: string }, { container }) => {
    const notices = container.resolve(NOTICE_MODULE)
    const [notice] = await notices.listNotices({ id: input.id }, { take: 1 })
    if (!notice) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy thư này.")
    if (notice.status !== "failed") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Chỉ gửi lại được thư đã gửi thất bại.")
    await notices.updateNotices({ id: notice.id, status: "queued", next_attempt_at: new Date() })
    return new StepResponse([notice.id], { id: notice.id, next_attempt_at: notice.next_attempt_at })
  },
  async (previous, { container }) => {
    if (previous) await container.resolve(NOTICE_MODULE).updateNotices({ ...previous, status: "failed" })
  }
)

/** The office sends a failed e-mail again (Admin → Hộp thư) once the address or the mail server is fixed. */
export const retryNoticeWorkflow = createWorkflow("retry-notice", (input: { id: string }) => {
  const ids = requeueFailedNoticeStep(input)
  emitEventStep({ eventName: NOTICE_QUEUED_EVENT, data: { ids } })
  return new WorkflowResponse(ids)
})
