import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addProducerVariantWorkflow } from "../../../../../workflows/producer/producer-products"
import { producerForWrite } from "../../../context"
import type { NewVariant } from "@ocop/contracts/schemas"
import { assertOwnProduct, portalProduct, producerLocationId } from "../../portal-products"

/** A new packaging; it is not for sale until a certificate names it. */
export const POST = async (req: AuthenticatedMedusaRequest<NewVariant>, res: MedusaResponse) => {
  const { producer } = await producerForWrite(req)
  await assertOwnProduct(req.scope, producer.id, req.params.id)
  await addProducerVariantWorkflow(req.scope).run({
    input: { product_id: req.params.id, location_id: await producerLocationId(req.scope, producer.id), variant: req.validatedBody },
  })
  res.status(201).json({ product: await portalProduct(req.scope, producer.id, req.params.id) })
}
