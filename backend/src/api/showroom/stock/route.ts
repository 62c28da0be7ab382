import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { showroomContext } from "../context"
import { showroomShelf } from "../shelf"

/** The shelf, for the stock view and for the counter's product search. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, { q?: string }>, res: MedusaResponse) => {
  const { showroom } = await showroomContext(req)
  res.json({ stock: await showroomShelf(req.scope, showroom.id, req.validatedQuery.q) })
}
