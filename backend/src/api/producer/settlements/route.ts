import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { settlementStatements } from "../../../queries/settlements"
import { producerContext } from "../context"

/** The producer's own statements, newest month first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { producer } = await producerContext(req)
  res.json({ statements: await settlementStatements(req.scope, { producer_id: producer.id }) })
}
