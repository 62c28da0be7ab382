import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { evidenceFile } from "../../../../utils/uploads"
import { sendStoredFile } from "../../../uploads/send-file"

/** An evidence file, for the office: every inspection's and every answer's. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await sendStoredFile(req, res, evidenceFile(req.params.name), req.params.name)
}
