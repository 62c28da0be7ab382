import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type PortalOrderDetail, producerOrder } from "../../../../queries/producer-orders"
import { batchChoices } from "../../../../queries/shipped-batches"
import { producerContext } from "../../context"

/** The producer's part, with its batches of the part's packagings to name when it ships. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { producer } = await producerContext(req)
  const order = await producerOrder(req.scope, producer.id, req.params.id)
  const variantIds = order.items.flatMap((item) => (item.variant_id ? [item.variant_id] : []))
  const answer: PortalOrderDetail = {
    order,
    batch_choices: await batchChoices(req.scope, producer.id, [...new Set(variantIds)]),
  }
  res.json(answer)
}
