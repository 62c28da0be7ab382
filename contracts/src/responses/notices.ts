import type { NoticeStatus, NoticeTemplate } from "../notifications"

/** What the office's mailbox lists (`GET /admin/notices`). */
/** How many the mailbox lists, newest first. */
export const MAILBOX_LIMIT = 100
export type NoticeSummary = {
  id: string
  template: NoticeTemplate
  to: string
  subject: string
  status: NoticeStatus
  attempts: number
  last_error: string | null
  created_at: string
  sent_at: string | null
}
export type NoticeDetail = NoticeSummary & { text: string; html: string }
export type NoticesResponse = { notices: NoticeSummary[] }
export type NoticeResponse = { notice: NoticeDetail }
