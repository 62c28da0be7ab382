import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerForOffice } from "../../../../queries/producer-for-office"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ producer: await producerForOffice(req.scope, req.params.id) })
}
