import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { officeOverview } from "../../../../queries/office-overview"

/** "Tổng quan OCOP": valid certificates counted, and what expires, lacks a TCCS or breaks the rules. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ overview: await officeOverview(req.scope) })
}
