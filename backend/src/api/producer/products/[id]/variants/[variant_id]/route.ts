import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProducerVariantWorkflow } from "../../../../../../workflows/producer/producer-products"
import { notFound, producerForWrite } from "../../../../context"
import type { UpdateVariantBody } from "@ocop/contracts/schemas"
import { portalProduct, producerLocationId } from "../../../portal-products"

export const POST = async (req: AuthenticatedMedusaRequest<UpdateVariantBody>, res: MedusaResponse) => {
  const { producer } = await producerForWrite(req)
  // Reading the product through the producer proves both ids are its own.
  const before = await portalProduct(req.scope, producer.id, req.params.id)
  if (!before.variants.some((variant) => variant.id === req.params.variant_id)) throw notFound("quy cách")
  await updateProducerVariantWorkflow(req.scope).run({
    input: { product_id: req.params.id, variant_id: req.params.variant_id, location_id: await producerLocationId(req.scope, producer.id), ...req.validatedBody },
  })
  res.json({ product: await portalProduct(req.scope, producer.id, req.params.id) })
}
