import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerOrder } from "../../../../queries/producer-orders"
import { producerContext } from "../../context"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { producer } = await producerContext(req)
  res.json({ order: await producerOrder(req.scope, producer.id, req.params.id) })
}
