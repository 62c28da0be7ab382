import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { producerContext, producerForWrite } from "../../context"
import type { UpdateProductBody } from "../../validators"
import { assertOwnProduct, portalProduct } from "../portal-products"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { producer } = await producerContext(req)
  res.json({ product: await portalProduct(req.scope, producer.id, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<UpdateProductBody>, res: MedusaResponse) => {
  const { producer } = await producerForWrite(req)
  await assertOwnProduct(req.scope, producer.id, req.params.id)
  const { title, description, images } = req.validatedBody
  await updateProductsWorkflow(req.scope).run({
    input: {
      selector: { id: req.params.id },
      update: {
        ...(title !== undefined && { title }),
        ...(description !== undefined && { description: description ?? "" }),
        ...(images !== undefined && { images: images.map((url) => ({ url })), thumbnail: images[0] ?? null }),
      },
    },
  })
  res.json({ product: await portalProduct(req.scope, producer.id, req.params.id) })
}
