import { MedusaError } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createProductVariantsWorkflow,
  setProductProductOptionsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { inventoryItemOf, PACKAGING_OPTION, refreshCardsOf, variantInput, type NewVariant } from "./product-edits"
import { assertSkusFreeStep } from "./steps/assert-skus-free"

/** One more packaging of an existing product, priced and stocked at the producer's warehouse. */
export const addProducerVariantWorkflow = createWorkflow(
  "add-producer-variant",
  (input: { product_id: string; location_id: string; variant: NewVariant }) => {
    assertSkusFreeStep(transform({ input }, ({ input }) => ({ skus: [input.variant.sku] })))
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["options.id", "options.title", "options.values.value"],
      filters: { id: input.product_id },
    }).config({ name: "read-packaging-option" })
    // The option must know the new packaging before a variant can take it.
    setProductProductOptionsWorkflow.runAsStep({
      input: transform({ input, products }, ({ input, products }) => {
        const option = products[0].options.find((o) => o.title === PACKAGING_OPTION)
        if (!option) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Sản phẩm không có lựa chọn "${PACKAGING_OPTION}".`)
        if (option.values.some((v) => v.value === input.variant.title)) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, `Sản phẩm đã có quy cách "${input.variant.title}".`)
        }
        return { product_id: input.product_id, update: [{ product_option_id: option.id, add: [{ value: input.variant.title }] }] }
      }),
    })
    const created = createProductVariantsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        product_variants: [{ product_id: input.product_id, ...variantInput(input.variant) }],
      })),
    })
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["inventory_items.inventory_item_id"],
      filters: transform({ created }, ({ created }) => ({ id: created[0].id })),
    }).config({ name: "read-variant-inventory-item" })
    createInventoryLevelsWorkflow.runAsStep({
      input: transform({ input, variants }, ({ input, variants }) => ({
        inventory_levels: [
          {
            inventory_item_id: inventoryItemOf(variants[0]),
            location_id: input.location_id,
            stocked_quantity: input.variant.stock,
          },
        ],
      })),
    })
    refreshCardsOf(input)
    return new WorkflowResponse(transform({ created }, ({ created }) => ({ id: created[0].id })))
  }
)
