import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { mailboxNotice } from "../../../../../queries/mailbox"
import { retryNoticeWorkflow } from "../../../../../workflows/notice/retry-notice"

/** Sends a failed e-mail again (after its address or the mail server was fixed); it is queued and sent at once. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await mailboxNotice(req.scope, req.params.id) // 404 in the office's words
  await retryNoticeWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ notice: await mailboxNotice(req.scope, req.params.id) })
}
