import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { storeEvidence } from "../../uploads/evidence"
import { producerContext } from "../context"

/**
 * One evidence photo or PDF for an answer to a violation (multipart `file`); answers the name to send
 * with the answer. A suspended producer may still answer, so this needs a member, not a write permission.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await producerContext(req)
  res.status(201).json({ file: { name: await storeEvidence(req) } })
}
