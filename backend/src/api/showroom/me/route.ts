import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { showroomContext } from "../context"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await showroomContext(req))
}
