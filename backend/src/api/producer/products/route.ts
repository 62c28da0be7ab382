import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { portalProduct, portalProducts } from "../../../queries/portal-products"
import { createProducerProductWorkflow } from "../../../workflows/producer/create-producer-product"
import { producerContext, producerForWrite } from "../context"
import type { ListQuery, NewProductBody } from "@ocop/contracts/schemas"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListQuery>, res: MedusaResponse) => {
  const { producer } = await producerContext(req)
  const { q, limit, offset } = req.validatedQuery
  res.json(await portalProducts(req.scope, producer.id, { q, limit, offset }))
}

/** New products stay unlisted until a certificate covers them: the listing sync alone lists. */
export const POST = async (req: AuthenticatedMedusaRequest<NewProductBody>, res: MedusaResponse) => {
  const { producer } = await producerForWrite(req)
  const { result } = await createProducerProductWorkflow(req.scope).run({
    input: { producer_id: producer.id, product: req.validatedBody },
  })
  res.status(201).json({ product: await portalProduct(req.scope, producer.id, result.id) })
}
