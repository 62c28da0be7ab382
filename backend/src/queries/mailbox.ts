import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { MAILBOX_LIMIT, type NoticeDetail, type NoticeStatus, type NoticeSummary, type NoticeTemplate } from "@ocop/contracts"
import { renderStored } from "../modules/mail/render"
import { NOTICE_MODULE } from "../modules/notice"
import type NoticeModuleService from "../modules/notice/service"
import type { BeforeJson } from "../utils/before-json"

type Notice = Awaited<ReturnType<ReturnType<typeof noticeService>["retrieveNotice"]>>
const noticeService = (container: MedusaContainer) => container.resolve<NoticeModuleService>(NOTICE_MODULE)

/**
 * The office's mailbox (issue 17): every e-mail the marketplace owed, as rendered from its template and
 * data (what the shopper received, or will), with its delivery state. Without SMTP_URL it is where
 * the mail goes; with it, where failures show.
 */
export async function mailbox(container: MedusaContainer, status?: NoticeStatus): Promise<BeforeJson<NoticeSummary, Dates>[]> {
  const notices = await noticeService(container).listNotices(status ? { status } : {}, {
    take: MAILBOX_LIMIT,
    order: { created_at: "DESC" },
  })
  return notices.map((notice) => summary(notice, renderStored(notice.template, notice.data).subject))
}

export async function mailboxNotice(container: MedusaContainer, id: string): Promise<BeforeJson<NoticeDetail, Dates>> {
  const [notice] = await noticeService(container).listNotices({ id }, { take: 1 })
  if (!notice) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy thư này.")
  const { subject, text, html } = renderStored(notice.template, notice.data)
  return { ...summary(notice, subject), text, html }
}

type Dates = "created_at" | "sent_at"

function summary(notice: Notice, subject: string): BeforeJson<NoticeSummary, Dates> {
  return {
    id: notice.id,
    template: notice.template as NoticeTemplate,
    to: notice.to,
    subject,
    status: notice.status,
    attempts: notice.attempts,
    last_error: notice.last_error,
    created_at: notice.created_at,
    sent_at: notice.sent_at,
  }
}
