import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { mailboxNotice } from "../../../../queries/mailbox"

/** One e-mail as its recipient reads it (subject, text, HTML) with its delivery state and last error. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ notice: await mailboxNotice(req.scope, req.params.id) })
}
