import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { portalProduct } from "../../../../../queries/portal-products"
import { assertOwnProduct, producerLocationId } from "../../../../../queries/producer-scope"
import { addProducerVariantWorkflow } from "../../../../../workflows/producer/add-producer-variant"
import { producerForWrite } from "../../../context"
import type { NewVariant } from "@ocop/contracts/schemas"

/** A new packaging; it is not for sale until a certificate names it. */
export const POST = async (req: AuthenticatedMedusaRequest<NewVariant>, res: MedusaResponse) => {
  const { producer } = await producerForWrite(req)
  await assertOwnProduct(req.scope, producer.id, req.params.id)
  await addProducerVariantWorkflow(req.scope).run({
    input: {
      product_id: req.params.id,
      location_id: await producerLocationId(req.scope, producer.id),
      variant: req.validatedBody,
    },
  })
  res.status(201).json({ product: await portalProduct(req.scope, producer.id, req.params.id) })
}
