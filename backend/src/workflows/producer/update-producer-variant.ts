import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateInventoryLevelsWorkflow, updateProductVariantsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { inventoryItemOf, refreshCardsOf } from "./product-edits"

/** Price and stock of one packaging: the VND price, and the count at the producer's own warehouse. */
export const updateProducerVariantWorkflow = createWorkflow(
  "update-producer-variant",
  (input: { product_id: string; variant_id: string; location_id: string; title?: string; price?: number; stock?: number }) => {
    updateProductVariantsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        selector: { id: input.variant_id },
        update: {
          ...(input.title !== undefined && { title: input.title }),
          ...(input.price !== undefined && { prices: [{ currency_code: "vnd", amount: input.price }] }),
        },
      })),
    })
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["inventory_items.inventory_item_id"],
      filters: { id: input.variant_id },
    }).config({ name: "read-variant-inventory" })
    updateInventoryLevelsWorkflow.runAsStep({
      input: transform({ input, variants }, ({ input, variants }) => ({
        updates:
          input.stock === undefined
            ? []
            : [
                {
                  inventory_item_id: inventoryItemOf(variants[0]),
                  location_id: input.location_id,
                  stocked_quantity: input.stock,
                },
              ],
      })),
    })
    refreshCardsOf(input)
    return new WorkflowResponse(undefined)
  }
)
