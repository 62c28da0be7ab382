import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { portalProduct } from "../../../../../../queries/portal-products"
import { notFound, producerLocationId } from "../../../../../../queries/producer-scope"
import { updateProducerVariantWorkflow } from "../../../../../../workflows/producer/update-producer-variant"
import { producerForWrite } from "../../../../context"
import type { UpdateVariantBody } from "@ocop/contracts/schemas"

export const POST = async (req: AuthenticatedMedusaRequest<UpdateVariantBody>, res: MedusaResponse) => {
  const { producer } = await producerForWrite(req)
  // Reading the product through the producer proves both ids are its own.
  const before = await portalProduct(req.scope, producer.id, req.params.id)
  if (!before.variants.some((variant) => variant.id === req.params.variant_id)) throw notFound("quy cách")
  await updateProducerVariantWorkflow(req.scope).run({
    input: {
      product_id: req.params.id,
      variant_id: req.params.variant_id,
      location_id: await producerLocationId(req.scope, producer.id),
      ...req.validatedBody,
    },
  })
  res.json({ product: await portalProduct(req.scope, producer.id, req.params.id) })
}
