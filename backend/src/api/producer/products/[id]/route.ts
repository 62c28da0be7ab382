import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { portalProduct } from "../../../../queries/portal-products"
import { assertOwnProduct } from "../../../../queries/producer-scope"
import { updateProducerProductWorkflow } from "../../../../workflows/producer/update-producer-product"
import { producerContext, producerForWrite } from "../../context"
import type { UpdateProductBody } from "@ocop/contracts/schemas"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { producer } = await producerContext(req)
  res.json({ product: await portalProduct(req.scope, producer.id, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<UpdateProductBody>, res: MedusaResponse) => {
  const { producer } = await producerForWrite(req)
  await assertOwnProduct(req.scope, producer.id, req.params.id)
  await updateProducerProductWorkflow(req.scope).run({ input: { product_id: req.params.id, update: req.validatedBody } })
  res.json({ product: await portalProduct(req.scope, producer.id, req.params.id) })
}
