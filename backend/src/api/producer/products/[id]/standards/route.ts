import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PublishStandardBody } from "@ocop/contracts/schemas"
import { assertOwnProduct } from "../../../../../queries/producer-scope"
import { productStandards } from "../../../../../queries/published-standards"
import { publishStandardWorkflow } from "../../../../../workflows/standard/publish-standard"
import { receivedFile, storableDocument } from "../../../../uploads/documents"
import { producerContext, producerForWrite } from "../../../context"

/** Every published version of the product's TCCS and production process, the ones in force marked. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { producer } = await producerContext(req)
  await assertOwnProduct(req.scope, producer.id, req.params.id)
  res.json({ standards: await productStandards(req.scope, req.params.id) })
}

/** Publishes a new version (multipart: `file`, a PDF or picture, beside `kind`, `version`, `effective_on`). */
export const POST = async (req: AuthenticatedMedusaRequest<PublishStandardBody>, res: MedusaResponse) => {
  const { producer } = await producerForWrite(req)
  await assertOwnProduct(req.scope, producer.id, req.params.id)
  const document = await storableDocument(receivedFile(req))
  await publishStandardWorkflow(req.scope).run({
    input: {
      product_id: req.params.id,
      ...req.validatedBody,
      document: { ...document, content: document.content.toString("base64") },
    },
  })
  res.status(201).json({ standards: await productStandards(req.scope, req.params.id) })
}
