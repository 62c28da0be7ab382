import { z } from "zod"
import { NOTICE_STATUSES } from "../notifications"

/** The office's mailbox (issue 17): the latest e-mails, or only those waiting or failed. */
export const NoticesQuery = z.object({
  status: z.enum(NOTICE_STATUSES, { error: "Trạng thái thư không hợp lệ." }).optional(),
})
export type NoticesQuery = z.infer<typeof NoticesQuery>
