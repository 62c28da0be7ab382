import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerOrder } from "../../../../../queries/producer-orders"
import { shipProducerOrderWorkflow } from "../../../../../workflows/producer/ship-producer-order"
import { producerForWrite } from "../../../context"
import type { ShipBody } from "@ocop/contracts/schemas"

/** The parcel handed to a carrier, with the batch of each line the producer names. */
export const POST = async (req: AuthenticatedMedusaRequest<ShipBody>, res: MedusaResponse) => {
  const { producer, member } = await producerForWrite(req)
  // The workflow refuses another producer's part as not found.
  await shipProducerOrderWorkflow(req.scope).run({
    input: { id: req.params.id, producer_id: producer.id, member_id: member.id, ...req.validatedBody },
  })
  res.json({ order: await producerOrder(req.scope, producer.id, req.params.id) })
}
