import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { NoticesQuery } from "@ocop/contracts/schemas"
import { mailbox } from "../../../queries/mailbox"

/** The office's mailbox (Admin → Hộp thư): the latest e-mails, newest first, or only queued or failed ones. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, NoticesQuery>, res: MedusaResponse) => {
  res.json({ notices: await mailbox(req.scope, req.validatedQuery.status) })
}
