import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isProducersEvidence } from "../../../../queries/inspections"
import { evidenceFile } from "../../../../utils/uploads"
import { sendStoredFile } from "../../../uploads/send-file"
import { producerContext } from "../../context"

/** An evidence file of this producer's inspections or answers; any other is not found. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { producer } = await producerContext(req)
  const { name } = req.params
  const own = await isProducersEvidence(req.scope, producer.id, name)
  await sendStoredFile(req, res, own ? evidenceFile(name) : null, name)
}
