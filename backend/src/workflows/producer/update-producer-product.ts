import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { refreshCardsOf } from "./product-edits"

export type ProductUpdate = { title?: string; description?: string | null; images?: string[] }

/** Title, description and pictures (the first is the thumbnail) of a producer's product. */
export const updateProducerProductWorkflow = createWorkflow(
  "update-producer-product",
  (input: { product_id: string; update: ProductUpdate }) => {
    updateProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input: { product_id, update } }) => ({
        selector: { id: product_id },
        update: {
          ...(update.title !== undefined && { title: update.title }),
          ...(update.description !== undefined && { description: update.description ?? "" }),
          ...(update.images !== undefined && {
            images: update.images.map((url) => ({ url })),
            thumbnail: update.images[0] ?? null,
          }),
        },
      })),
    })
    refreshCardsOf(input)
    return new WorkflowResponse(undefined)
  }
)
