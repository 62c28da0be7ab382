import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, uploadFilesStep } from "@medusajs/medusa/core-flows"
import type { StandardKind } from "@ocop/contracts"
import { STANDARD_MODULE } from "../../modules/standard"
import type StandardModuleService from "../../modules/standard/service"
import { refreshProductCardsWorkflow } from "../catalog/refresh-product-cards"

export type PublishStandardInput = {
  product_id: string
  kind: StandardKind
  version: string
  effective_on: Date
  /** The document as it is stored (src/api/uploads/documents.ts): server-given name, checked bytes in base64. */
  document: { filename: string; mimeType: string; content: string }
}

const createPublishedStandardStep = createStep(
  "create-published-standard",
  async (input: Omit<PublishStandardInput, "document" | "product_id"> & { file: string; url: string }, { container }) => {
    const standard = await container
      .resolve<StandardModuleService>(STANDARD_MODULE)
      .createPublishedStandards({ ...input, published_at: new Date() })
    return new StepResponse(standard, standard.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<StandardModuleService>(STANDARD_MODULE).deletePublishedStandards(id)
  }
)

/**
 * A producer publishes a version of a product's TCCS or production process: the file stored, the
 * version recorded and linked to the product, the product page's card rebuilt to link the version in
 * force. If a step fails, the file and the record are removed again: no orphan upload, no version
 * without its file.
 */
export const publishStandardWorkflow = createWorkflow("publish-standard", (input: PublishStandardInput) => {
  const files = transform({ input }, ({ input }) => [
    {
      filename: input.document.filename,
      mimeType: input.document.mimeType,
      content: input.document.content,
      access: "public" as const,
    },
  ])
  const stored = uploadFilesStep({ files })
  const record = transform({ input, stored }, ({ input, stored: [file] }) => ({
    kind: input.kind,
    version: input.version,
    effective_on: input.effective_on,
    file: file.id,
    url: file.url,
  }))
  const standard = createPublishedStandardStep(record)
  const link = transform({ input, standard }, ({ input, standard }) => [
    { [Modules.PRODUCT]: { product_id: input.product_id }, [STANDARD_MODULE]: { published_standard_id: standard.id } },
  ])
  createRemoteLinkStep(link)
  const productIds = transform({ input }, ({ input }) => [input.product_id])
  refreshProductCardsWorkflow.runAsStep({ input: { product_ids: productIds } })
  return new WorkflowResponse(standard)
})
