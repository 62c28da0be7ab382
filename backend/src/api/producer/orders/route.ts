import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerOrders } from "../../../queries/producer-orders"
import { producerContext } from "../context"
import type { ListQuery } from "@ocop/contracts/schemas"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListQuery>, res: MedusaResponse) => {
  const { producer } = await producerContext(req)
  const { status, limit, offset } = req.validatedQuery
  res.json(await producerOrders(req.scope, producer.id, { status, limit, offset }))
}
