import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveCertificate } from "../../../../../queries/office-certificates"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ certificate: await retrieveCertificate(req.scope, req.params.id) })
}
