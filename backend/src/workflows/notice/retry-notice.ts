import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "@ocop/contracts"
import { NOTICE_MODULE } from "../../modules/notice"
import type NoticeModuleService from "../../modules/notice/service"
import { deliverNoticesWorkflow } from "./deliver-notices"

const requeueFailedNoticeStep = createStep(
  "requeue-failed-notice",
  async (input: { id: string }, { container }) => {
    const notices = container.resolve<NoticeModuleService>(NOTICE_MODULE)
    const notice = await notices.retrieveNotice(input.id)
    if (notice.status !== "failed")
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        notice.status === "sent" ? "Thư này đã được gửi." : "Thư này đang chờ gửi, hệ thống sẽ tự gửi lại.",
        ERROR_CODES.NOTICE_NOT_FAILED
      )
    await notices.updateNotices({ id: notice.id, status: "queued", next_attempt_at: new Date() })
    return new StepResponse([notice.id], { id: notice.id, next_attempt_at: notice.next_attempt_at })
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<NoticeModuleService>(NOTICE_MODULE).updateNotices({ ...previous, status: "failed" })
  }
)

/**
 * The office sends a failed e-mail again (Admin → Hộp thư) once the address or the mail server is fixed:
 * one attempt now, so the office sees its outcome; one that fails again stays failed with its new error.
 */
export const retryNoticeWorkflow = createWorkflow("retry-notice", (input: { id: string }) => {
  const ids = requeueFailedNoticeStep(input)
  const outcome = deliverNoticesWorkflow.runAsStep({ input: { ids } })
  return new WorkflowResponse(outcome)
})
