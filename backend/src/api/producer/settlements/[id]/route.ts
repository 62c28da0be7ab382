import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { settlementStatement } from "../../../../queries/settlements"
import { producerContext } from "../../context"

/** One of the producer's statements with its lines; another producer's is not found (404). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { producer } = await producerContext(req)
  res.json({ statement: await settlementStatement(req.scope, req.params.id, producer.id) })
}
