import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { storeEvidence } from "../../uploads/evidence"

/** One evidence photo or PDF for a checklist item (multipart `file`); answers the name to record with the item. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.status(201).json({ file: { name: await storeEvidence(req) } })
}
